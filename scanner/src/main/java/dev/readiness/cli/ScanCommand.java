package dev.readiness.cli;

import dev.readiness.catalog.Catalog;
import dev.readiness.engine.Report;
import dev.readiness.engine.Scanner;
import dev.readiness.facts.HistoryCollector;
import dev.readiness.report.ReportFormat;
import dev.readiness.result.ResultCodec;
import dev.readiness.result.ScanFailure;
import dev.readiness.result.ScanResults;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicyException;
import dev.readiness.scoring.PolicyLoader;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.source.CommitPin;
import dev.readiness.source.GitCloner;
import dev.readiness.source.GitCredentials;
import dev.readiness.source.SourceException;
import dev.readiness.source.Target;
import dev.readiness.source.TempDirs;
import dev.readiness.source.TrustBundle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
      "3:repository not found, unreachable or timed out, clone limit exceeded, or authentication failed"
    },
    footerHeading = "%nEnvironment (never printed; *_FILE reads the value from a file):%n",
    footer = {
      "  READINESS_GIT_TOKEN[_FILE]      HTTPS token (user: x-access-token or",
      "                                  READINESS_GIT_USERNAME)",
      "  READINESS_GIT_USERNAME[_FILE]   HTTPS user name",
      "  READINESS_GIT_PASSWORD[_FILE]   HTTPS password",
      "  READINESS_SSH_KEY_FILE          private key for ssh:// and user@host:path",
      "  READINESS_SSH_KNOWN_HOSTS_FILE  known_hosts for those URLs",
      "  READINESS_CA_BUNDLE_FILE        PEM bundle of a private certificate authority",
      "  NO_COLOR                        no colours in the text report",
      "URLs that carry credentials (https://user:token@host/...) are refused.",
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
      description = "Exit 1 when the level is below LEVEL (0 to 5, or L0 to L5).")
  String failBelow;

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

  @Option(
      names = "--policy-text",
      paramLabel = "YAML",
      description = "The policy as inline YAML or JSON instead of a file (used by scan Jobs).")
  String policyText;

  @Option(
      names = "--expect-commit",
      paramLabel = "SHA",
      description = "Scan exactly this commit of the ref, if the clone holds it (Git URLs only).")
  String expectCommit;

  @Option(
      names = "--result-file",
      paramLabel = "FILE",
      description = "Also write the compact result the operator reads (/dev/termination-log).")
  Path resultFile;

  @Override
  public Integer call() {
    try {
      validateOptions();
      Target t = Target.parse(target);
      EffectivePolicy p = loadPolicy();
      Report report = t.isRemote() ? scanRemote(t, p) : scan(t.localPath(), t, p);
      write(report);
      writeResult(report, p);
      return failBelow != null && report.score().level() < level(failBelow)
          ? ExitCode.BELOW_LEVEL
          : ExitCode.OK;
    } catch (SourceException e) {
      return fail(e.reason(), e.getMessage(), e.exitCode());
    } catch (PolicyException e) {
      return fail(ScanFailure.Reason.INVALID_INPUT, e.getMessage(), ExitCode.INVALID_INPUT);
    } catch (IOException e) {
      String msg =
          e.getClass().getSimpleName() + ": " + Target.redact(String.valueOf(e.getMessage()));
      return fail(ScanFailure.Reason.SCAN_ERROR, msg, ExitCode.INVALID_INPUT);
    }
  }

  private EffectivePolicy loadPolicy() throws PolicyException, SourceException {
    if (policy != null && policyText != null) {
      throw new SourceException(ExitCode.INVALID_INPUT, "give --policy or --policy-text, not both");
    }
    if (policyText != null) {
      return PolicyLoader.parse(policyText);
    }
    return policy == null ? EffectivePolicy.defaults() : PolicyLoader.load(policy);
  }

  private int fail(ScanFailure.Reason reason, String message, int exitCode) {
    spec.commandLine().getErr().println("readiness: " + message);
    if (resultFile != null) {
      try {
        Files.writeString(
            resultFile,
            new ResultCodec(Catalog.defaults()).encodeFailure(new ScanFailure(reason, message)));
      } catch (IOException e) {
        spec.commandLine().getErr().println("readiness: cannot write " + resultFile);
      }
    }
    return exitCode;
  }

  private void writeResult(Report report, EffectivePolicy p) throws IOException, SourceException {
    if (resultFile == null) {
      return;
    }
    if (report.repository().commit() == null) {
      throw new SourceException(ExitCode.INVALID_INPUT, "--result-file needs a git repository");
    }
    List<String> customIds = p.customSignals().stream().map(PolicySpec.CustomSignal::id).toList();
    String text =
        new ResultCodec(Catalog.defaults())
            .encode(ScanResults.of(report, p.scanInputsHash()), customIds);
    Files.writeString(resultFile, text, StandardCharsets.UTF_8);
  }

  private void validateOptions() throws SourceException {
    if (failBelow != null && level(failBelow) < 0) {
      throw new SourceException(
          ExitCode.INVALID_INPUT, "--fail-below must be a level from 0 to 5 (or L0 to L5)");
    }
    writable("--output", output);
    writable("--result-file", resultFile);
    CommitPin.validate(expectCommit);
    if (cloneTimeout < 1 || maxCloneMib < 1) {
      throw new SourceException(
          ExitCode.INVALID_INPUT, "--clone-timeout and --max-clone-size must be positive");
    }
  }

  /** A level as every report spells it ("L2") or as a number; -1 when it is neither. */
  static int level(String text) {
    String t = text.strip();
    if (t.length() == 2 && (t.charAt(0) == 'L' || t.charAt(0) == 'l')) {
      t = t.substring(1);
    }
    return t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '5' ? t.charAt(0) - '0' : -1;
  }

  /** Refuses, before any scan, an output path that cannot be written: no report is lost late. */
  private static void writable(String option, Path file) throws SourceException {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new SourceException(ExitCode.INVALID_INPUT, option + " " + file + " is a directory");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new SourceException(ExitCode.INVALID_INPUT, option + ": no such directory " + parent);
    }
  }

  private Report scanRemote(Target t, EffectivePolicy p) throws SourceException, IOException {
    GitCredentials creds = GitCredentials.fromEnvironment(System.getenv());
    TrustBundle.install(System.getenv("READINESS_CA_BUNDLE_FILE"));
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
      if (expectCommit != null) {
        CommitPin.checkout(dir, expectCommit);
      }
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
    if ((ref != null || expectCommit != null) && !t.isRemote()) {
      throw new SourceException(
          ExitCode.INVALID_INPUT,
          "--ref and --expect-commit apply to Git URLs; check the ref out locally instead");
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
