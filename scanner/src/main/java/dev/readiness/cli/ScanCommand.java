package dev.readiness.cli;

import dev.readiness.catalog.Catalog;
import dev.readiness.engine.Report;
import dev.readiness.engine.Scanner;
import dev.readiness.facts.HistoryCollector;
import dev.readiness.report.ReportFormat;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicyException;
import dev.readiness.scoring.PolicyLoader;
import dev.readiness.source.GitCloner;
import dev.readiness.source.GitCredentials;
import dev.readiness.source.SourceException;
import dev.readiness.source.Target;
import dev.readiness.source.TempDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness scan}: clone if needed, scan, print, and exit with a documented code. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Scan a local directory or a Git URL and print its readiness report.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scanned",
      "1:scanned, but below --fail-below",
      "2:usage or invalid input",
      "3:repository unreachable, clone limit exceeded, or authentication failed"
    })
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<path-or-git-url>",
      description = "A directory, or a Git URL (https, ssh, git, file, user@host:path).")
  String target;

  @Option(
      names = "--ref",
      description = "Branch or tag to scan (Git URLs only; default: the remote's HEAD).")
  String ref;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy YAML: a ReadinessPolicy spec or a whole ReadinessPolicy manifest.")
  Path policy;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      description = "Output: text, json, markdown or sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE.")
  Path output;

  @Option(
      names = "--fail-below",
      paramLabel = "LEVEL",
      description = "Exit 1 when the level is below LEVEL.")
  Integer failBelow;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress on stderr.")
  boolean quiet;

  @Option(names = "--no-color", description = "No colours in the text report.")
  boolean noColor;

  @Option(
      names = "--clone-timeout",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description = "Give up cloning after this long (default: ${DEFAULT-VALUE}).")
  int cloneTimeout;

  @Option(
      names = "--max-clone-size",
      defaultValue = "2048",
      paramLabel = "MIB",
      description = "Give up cloning beyond this size on disk (default: ${DEFAULT-VALUE}).")
  long maxCloneMib;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      validateOptions();
      Target t = Target.parse(target);
      EffectivePolicy p = policy == null ? EffectivePolicy.defaults() : PolicyLoader.load(policy);
      Report report = t.isRemote() ? scanRemote(t, p) : scan(t.localPath(), t, p);
      write(report);
      return failBelow != null && report.score().level() < failBelow
          ? ExitCode.BELOW_LEVEL
          : ExitCode.OK;
    } catch (SourceException e) {
      err.println("readiness: " + e.getMessage());
      return e.exitCode();
    } catch (PolicyException e) {
      err.println("readiness: " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    } catch (IOException e) {
      err.println(
          "readiness: "
              + e.getClass().getSimpleName()
              + ": "
              + Target.redact(String.valueOf(e.getMessage())));
      return ExitCode.INVALID_INPUT;
    }
  }

  private void validateOptions() throws SourceException {
    if (failBelow != null && (failBelow < 0 || failBelow > 5)) {
      throw new SourceException(ExitCode.INVALID_INPUT, "--fail-below must be a level from 0 to 5");
    }
    if (cloneTimeout < 1 || maxCloneMib < 1) {
      throw new SourceException(
          ExitCode.INVALID_INPUT, "--clone-timeout and --max-clone-size must be positive");
    }
  }

  private Report scanRemote(Target t, EffectivePolicy p) throws SourceException, IOException {
    GitCredentials creds = GitCredentials.fromEnvironment(System.getenv());
    Path dir = Files.createTempDirectory("readiness-clone-");
    Thread cleanup = new Thread(() -> TempDirs.delete(dir, false));
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      progress().accept("cloning " + t.display());
      new GitCloner(
              Duration.ofSeconds(cloneTimeout),
              maxCloneMib * 1024 * 1024,
              HistoryCollector.DEFAULT_WINDOW_DAYS)
          .cloneInto(t, ref, dir, creds, showProgress());
      return scan(dir, t, p);
    } finally {
      TempDirs.delete(dir, false);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // already shutting down: the hook does the cleanup
      }
    }
  }

  private Report scan(Path root, Target t, EffectivePolicy p) throws SourceException {
    if (ref != null && !t.isRemote()) {
      throw new SourceException(
          ExitCode.INVALID_INPUT, "--ref applies to Git URLs; check the ref out locally instead");
    }
    return new Scanner(Catalog.defaults(), Clock.systemUTC())
        .scan(root, t.display(), ref, p, progress());
  }

  private void write(Report report) throws IOException {
    boolean color =
        !noColor
            && output == null
            && format == ReportFormat.TEXT
            && System.console() != null
            && System.getenv("NO_COLOR") == null;
    String text = format.render(report, color);
    if (output != null) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
  }

  private boolean showProgress() {
    return !quiet && System.console() != null;
  }

  private Consumer<String> progress() {
    PrintWriter err = spec.commandLine().getErr();
    return showProgress() ? msg -> err.println("readiness: " + msg) : msg -> {};
  }
}
