package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.signals.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI does with URLs that carry credentials, and with repositories that have no tree. */
class TargetEdgeCasesTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReadinessCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aUrlWithATokenIsRefusedBeforeAnyConnectionAndTheTokenIsNeverEchoed() {
    for (String url :
        new String[] {
          "https://user:s3cr3t-token@127.0.0.1:1/x.git",
          "https://s3cr3t-token@github.com/o/r.git",
          "ssh://git:s3cr3t-token@git.internal/o/r.git",
          "git://s3cr3t-token@127.0.0.1:1/x.git",
          "https://:s3cr3t-token@127.0.0.1:9/o/r",
          "https://user:pa/s3cr3t-token@git.example/r.git",
          "user:s3cr3t-token@git.example:o/r.git"
        }) {
      err.getBuffer().setLength(0);
      assertThat(run("scan", url)).as(url).isEqualTo(ExitCode.INVALID_INPUT);
      assertThat(err.toString().strip())
          .as(url)
          .startsWith("readiness: credentials in the URL are refused")
          .contains("READINESS_GIT_TOKEN")
          .doesNotContain("s3cr3t-token")
          .doesNotContain("\n");
    }
  }

  @Test
  void anSshUserNameIsNotACredential() throws Exception {
    assertThat(dev.readiness.source.Target.parse("git@github.com:o/r.git").isRemote()).isTrue();
    assertThat(dev.readiness.source.Target.parse("ssh://git@git.internal/o/r.git").display())
        .as("accepted; reports show the URL without its user")
        .isEqualTo("ssh://git.internal/o/r.git");
  }

  @Test
  void aBareRepositoryIsScannedAtItsHeadNotAsItsGitInternals() throws Exception {
    Path work =
        Fixtures.write(
            dir.resolve("work"),
            Map.of(
                "README.md",
                "# Service\n\nA small HTTP service that answers health checks.\n\n## Usage\n\n"
                    + "```sh\ngo build ./...\ngo test ./...\n./svc --port 8080\n```\n",
                "main.go",
                "package main\n\nfunc main() {}\n",
                "main_test.go",
                "package main\n\nimport \"testing\"\n\nfunc TestMain(t *testing.T) {}\n",
                "go.mod",
                "module example.com/svc\n\ngo 1.22\n"));
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("first").setSign(false).call();
    }
    Path bare = dir.resolve("svc.git");
    Git.cloneRepository()
        .setURI(work.toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();
    assertThat(run("scan", bare.toString(), "--format", "json", "-q")).isEqualTo(ExitCode.OK);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.at("/repository/commit").asText()).hasSize(40);
    assertThat(outcome(report, "readme")).isEqualTo("pass");
    assertThat(outcome(report, "unit_tests_exist")).isEqualTo("pass");
    assertThat(out.toString()).doesNotContain("objects/").doesNotContain("\"HEAD\"");
  }

  @Test
  void redactionRemovesEverythingUpToTheLastAtOfAUrl() {
    assertThat(dev.readiness.source.Target.redact("clone https://user:p@ss@git.example/x failed"))
        .isEqualTo("clone https://git.example/x failed");
  }

  @Test
  void anEmptyBareRepositoryIsRefusedAndAPathWithPercentSignsScans() throws Exception {
    Path empty = dir.resolve("empty.git");
    Git.init().setBare(true).setDirectory(empty.toFile()).call().close();
    assertThat(run("scan", empty.toString(), "-q")).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString()).contains("no commit to scan in");
    Path work = Fixtures.write(dir.resolve("w"), Map.of("README.md", "# W\n"));
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("first").setSign(false).call();
    }
    Path odd = dir.resolve("sp ace%20x").resolve("b.git");
    Git.cloneRepository()
        .setURI(work.toUri().toString())
        .setDirectory(odd.toFile())
        .setBare(true)
        .call()
        .close();
    out.getBuffer().setLength(0);
    assertThat(run("scan", odd.toString(), "--format", "json", "-q"))
        .as(err.toString())
        .isEqualTo(ExitCode.OK);
    assertThat(new ObjectMapper().readTree(out.toString()).at("/repository/commit").asText())
        .hasSize(40);
  }

  private static String outcome(JsonNode report, String id) {
    for (JsonNode s : report.get("signals")) {
      if (s.get("id").asText().equals(id)) {
        return s.get("status").asText();
      }
    }
    return "absent";
  }
}
