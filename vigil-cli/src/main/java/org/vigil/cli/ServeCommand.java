package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.server.PipelineCoder;
import org.vigil.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the REST API and the dashboard over an event store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api) and the web dashboard (/) over the event store.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Option(names = "--port", description = "TCP port (default 8080; 0 picks a free one)")
  int port = 8080;

  @Option(names = "--host", description = "address to listen on (default 127.0.0.1: this machine only)")
  String host = "127.0.0.1";

  @Option(names = "--token", paramLabel = "T", description = "require 'Authorization: Bearer T' to store articles")
  String token;

  @Option(names = "--dictionary", paramLabel = "DIR", description = "add or override actor and verb tables")
  Path dictionary;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535");
    }
    JdbcEventStore db = store.open();
    // The models load in the background: the dashboard answers at once.
    return Dashboard.serve(db, new PipelineCoder(() -> Pipelines.build(dictionary)), token, host, port);
  }
}
