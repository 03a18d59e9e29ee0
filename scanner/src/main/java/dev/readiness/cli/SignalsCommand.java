package dev.readiness.cli;

import dev.readiness.catalog.Catalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the catalog as Markdown: the source of docs/signals.md. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = "Print the signal catalog as Markdown (docs/signals.md is generated from it).")
public final class SignalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SignalsDoc.render(Catalog.defaults()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
