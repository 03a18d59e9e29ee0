package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.signals.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's documented exit codes, one-line errors, formats and determinism. */
class ScanCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReadinessCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path repo() {
    return Fixtures.write(
        dir.resolve("repo"),
        Map.of(
            "README.md",
            "# R\n\n```\nmake\n```\n",
            "main.go",
            "package main\nfunc main() {}\n",
            "go.mod",
            "module m\n"));
  }

  @Test
  void badPathIsInvalidInputWithOneLineError() {
    assertThat(run("scan", dir.resolve("missing").toString())).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString().strip())
        .startsWith("readiness: no such directory")
        .doesNotContain("\n");
  }

  @Test
  void badUrlSchemeIsInvalidInput() {
    assertThat(run("scan", "ftp://example.com/x.git")).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("unsupported URL scheme");
  }

  @Test
  void unreachableRepositoryExitsThreeWithoutCredentials() {
    int code = run("scan", "file://" + dir.resolve("nothing-here.git"), "--clone-timeout", "20");
    assertThat(code).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(err.toString().strip())
        .startsWith("readiness: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void credentialsInUrlNeverAppearInErrors() {
    run("scan", "https://user:s3cr3t-token@127.0.0.1:1/x.git", "--clone-timeout", "5");
    assertThat(err.toString()).doesNotContain("s3cr3t-token").doesNotContain("user:");
  }

  @Test
  void invalidPolicyNamesTheField() throws Exception {
    Path policy = Files.writeString(dir.resolve("p.yaml"), "levelThresholds: [5, 19, 36]\n");
    assertThat(run("scan", repo().toString(), "--policy", policy.toString()))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("levelThresholds");
  }

  @Test
  void failBelowExitsOneWhenTheLevelIsLower() {
    assertThat(run("scan", repo().toString(), "--fail-below", "5", "-q"))
        .isEqualTo(ExitCode.BELOW_LEVEL);
    assertThat(run("scan", repo().toString(), "--fail-below", "0", "-q")).isEqualTo(ExitCode.OK);
  }

  @Test
  void everyFormatRenders() {
    for (String f : new String[] {"text", "json", "markdown", "sarif"}) {
      out.getBuffer().setLength(0);
      assertThat(run("scan", repo().toString(), "--format", f)).isEqualTo(ExitCode.OK);
      assertThat(out.toString()).isNotBlank();
    }
    assertThat(out.toString()).contains("\"version\" : \"2.1.0\"");
  }

  @Test
  void twoScansOfTheSameCommitAreByteIdenticalApartFromTiming() throws Exception {
    Path repo = repo();
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("init").setAuthor("Dev", "dev@example.com").setSign(false).call();
    }
    String url = "file://" + repo;
    assertThat(run("scan", url, "--format", "json", "-q")).isEqualTo(ExitCode.OK);
    String first = out.toString().replaceAll("\"durationMs\" : \\d+", "");
    out.getBuffer().setLength(0);
    assertThat(run("scan", url, "--format", "json", "-q")).isEqualTo(ExitCode.OK);
    String second = out.toString().replaceAll("\"durationMs\" : \\d+", "");
    assertThat(second).isEqualTo(first).contains("\"commit\" : \"");
  }

  @Test
  void signalsDocIsUpToDate() throws Exception {
    Path doc = Path.of("..", "docs", "signals.md");
    assertThat(Files.readString(doc))
        .as("regenerate with: bin/readiness signals > docs/signals.md")
        .isEqualTo(SignalsDoc.render(dev.readiness.catalog.Catalog.defaults()));
  }

  @Test
  void noSubcommandIsAUsageErrorOnStderr() {
    assertThat(run()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("Usage: readiness");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void failBelowTakesLevelsAsReportsSpellThem() {
    Path r = repo();
    assertThat(run("scan", r.toString(), "-q", "--fail-below", "L5"))
        .isEqualTo(ExitCode.BELOW_LEVEL);
    assertThat(run("scan", r.toString(), "-q", "--fail-below", "0")).isEqualTo(ExitCode.OK);
    assertThat(run("scan", r.toString(), "-q", "--fail-below", "L6"))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("--fail-below must be a level");
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefusedBeforeTheScan() {
    Path missing = dir.resolve("no-such-dir").resolve("report.json");
    assertThat(run("scan", repo().toString(), "-q", "-o", missing.toString()))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString().strip())
        .startsWith("readiness: --output: no such directory")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void versionIsTheRelease() {
    assertThat(run("--version")).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).startsWith("readiness 0.").doesNotContain("dev");
  }
}
