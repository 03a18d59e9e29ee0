package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.Catalog;
import dev.readiness.result.ResultCodec;
import dev.readiness.result.ScanFailure;
import dev.readiness.result.ScanOutcome;
import dev.readiness.result.ScanResult;
import dev.readiness.scoring.PolicyLoader;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How scan Jobs run the CLI: inline policy, pinned commit, result in a termination file. */
class ScanJobModeTest {
  private static final String POLICY =
      "{customSignals: [{id: has_runbook, title: Runbook, pillar: docs, level: 2,"
          + " remediation: Add RUNBOOK.md, rule: {pathExists: RUNBOOK.md}}]}";

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();
  private Path repo;
  private String first;
  private String second;

  @BeforeEach
  void twoCommits() throws Exception {
    repo =
        Fixtures.write(
            dir.resolve("repo"), Map.of("README.md", "# R\n", "go.mod", "module m\n", "m.go", ""));
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      first = commit(git, "one");
      Files.writeString(repo.resolve("RUNBOOK.md"), "# Runbook\n");
      second = commit(git, "two");
    }
  }

  private static String commit(Git git, String msg) throws Exception {
    git.add().addFilepattern(".").call();
    RevCommit c =
        git.commit().setMessage(msg).setAuthor("Dev", "d@example.com").setSign(false).call();
    return c.getName();
  }

  private int run(String... args) {
    return ReadinessCli.run(
        args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  private ScanOutcome read(Path file, String commit) throws Exception {
    String inputs = PolicyLoader.parse(POLICY).scanInputsHash();
    return new ResultCodec(Catalog.defaults())
        .decode(Files.readString(file), List.of("has_runbook"), commit, inputs);
  }

  @Test
  void writesTheResultOfThePinnedCommit() throws Exception {
    Path result = dir.resolve("termination-log");
    int code =
        run(
            "scan",
            "file://" + repo,
            "-q",
            "--policy-text",
            POLICY,
            "--expect-commit",
            first,
            "--result-file",
            result.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    ScanResult r = (ScanResult) read(result, first);
    assertThat(r.commit()).isEqualTo(first);
    assertThat(r.outcomes()).containsEntry("has_runbook", Status.FAIL);

    code =
        run(
            "scan",
            "file://" + repo,
            "-q",
            "--policy-text",
            POLICY,
            "--result-file",
            result.toString());
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(((ScanResult) read(result, second)).outcomes())
        .containsEntry("has_runbook", Status.PASS);
  }

  @Test
  void missingCommitIsAFailureResult() throws Exception {
    Path result = dir.resolve("termination-log");
    int code =
        run(
            "scan",
            "file://" + repo,
            "-q",
            "--expect-commit",
            "b".repeat(40),
            "--result-file",
            result.toString());
    assertThat(code).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(((ScanFailure) read(result, null)).reason())
        .isEqualTo(ScanFailure.Reason.COMMIT_NOT_FOUND);
  }

  @Test
  void unknownRefAndBadPolicyAreFailureResults() throws Exception {
    Path result = dir.resolve("termination-log");
    assertThat(
            run(
                "scan",
                "file://" + repo,
                "-q",
                "--ref",
                "nope",
                "--result-file",
                result.toString()))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(((ScanFailure) read(result, null)).reason())
        .isEqualTo(ScanFailure.Reason.REF_NOT_FOUND);
    assertThat(
            run(
                "scan",
                "file://" + repo,
                "-q",
                "--policy-text",
                "{targetLevel: 9}",
                "--result-file",
                result.toString()))
        .isEqualTo(ExitCode.INVALID_INPUT);
    ScanFailure f = (ScanFailure) read(result, null);
    assertThat(f.reason()).isEqualTo(ScanFailure.Reason.INVALID_INPUT);
    assertThat(f.message()).contains("targetLevel");
  }

  @Test
  void expectCommitMustBeAFullId() {
    assertThat(run("scan", "file://" + repo, "--expect-commit", "abc"))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("--expect-commit");
  }
}
