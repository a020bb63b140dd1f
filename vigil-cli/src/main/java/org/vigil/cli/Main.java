package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command: a thin shell over vigil-core, one class per subcommand. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
    description = "Open political event data: news articles in, CAMEO/PLOVER event records out.",
    subcommands = {CodeCommand.class, EvalCommand.class, ParseCommand.class, IngestCommand.class, EventsCommand.class,
        CountsCommand.class, ExportCommand.class, LoadCommand.class, GenerateCommand.class, StoreBenchCommand.class,
        LinkEvalCommand.class,
        ServeCommand.class, DemoCommand.class, ServeBenchCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status (tests call this). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Errors());
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
