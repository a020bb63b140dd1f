package org.vigil.cli;

import java.util.concurrent.CountDownLatch;
import org.vigil.server.ArticleCoder;
import org.vigil.server.VigilServer;
import org.vigil.store.EventStore;

/** Runs the server until Ctrl-C, then closes it and the store; shared by serve and demo. */
final class Dashboard {
  private Dashboard() {
  }

  static int serve(EventStore store, ArticleCoder coder, String token, String host, int port) {
    VigilServer server;
    try {
      server = new VigilServer(store, coder, token).start(host, port);
    } catch (VigilServer.PortInUse e) {
      throw new UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "vigil-stop"));
    String shown = host.equals("0.0.0.0") ? "localhost" : host.equals("127.0.0.1") ? "localhost" : host;
    System.err.printf("vigil: dashboard at http://%s:%d/  (API at /api, stop with Ctrl-C)%n", shown, server.port());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
