package dev.readiness.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code readiness} command. */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measures how ready a repository is for autonomous coding agents.",
    subcommands = {ScanCommand.class, SignalsCommand.class})
public final class ReadinessCli implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ReadinessCli()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("readiness: " + ex.getMessage() + " (see readiness --help)");
          return ExitCode.INVALID_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          err.println(
              "readiness: internal error: "
                  + ex.getClass().getSimpleName()
                  + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())));
          return ExitCode.INVALID_INPUT;
        });
    return cli.execute(args);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Without a subcommand there is nothing to do: usage on stderr, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.INVALID_INPUT;
  }
}
