package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.engine.SignalResult;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credential deleted from the tree is still published in its history; one never committed is not
 * a leak. Values are split with {@code +} here so this source is no leak itself.
 */
class SecretHistoryTest {
  private static final Instant TIP = Instant.parse("2026-11-01T10:00:00Z");
  private static final String KEY = "AKIA" + "Q7W3E9R2T5Y8U1I4";
  private static final String TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
  @TempDir Path dir;

  private RevCommit commit(Git git, String file, String text, Instant when) throws Exception {
    Path root = git.getRepository().getWorkTree().toPath();
    Path f = root.resolve(file);
    if (text == null) {
      git.rm().addFilepattern(file).call();
    } else {
      Files.createDirectories(f.getParent());
      Files.writeString(f, text);
      git.add().addFilepattern(file).call();
    }
    PersonIdent who = new PersonIdent("Dev", "dev@example.com", when, ZoneOffset.UTC);
    return git.commit()
        .setMessage("change " + file)
        .setAuthor(who)
        .setCommitter(who)
        .setSign(false)
        .call();
  }

  private static SignalResult secrets(Path root) {
    return Fixtures.signal(Fixtures.scan(root), "no_committed_secrets");
  }

  @Test
  void aCredentialRemovedFromTheTreeIsStillALeakWithTheCommitThatAddedIt() throws Exception {
    Path root = dir.resolve("repo");
    RevCommit added;
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "# Deploy\n", TIP.minus(Duration.ofDays(30)));
      added =
          commit(
              git,
              "deploy/env.sh",
              "export AWS_ACCESS_KEY_ID=" + KEY + "\n",
              TIP.minus(Duration.ofDays(20)));
      commit(
          git,
          "deploy/env.sh",
          "export AWS_ACCESS_KEY_ID=\"$KEY\"\n",
          TIP.minus(Duration.ofDays(10)));
      commit(git, "README.md", "# Deploy\n\nRun deploy/env.sh.\n", TIP);
    }
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.FAIL);
    assertThat(s.reason()).contains("1 removed from the tree, still in history");
    assertThat(s.evidence().get(0))
        .isEqualTo(
            "history: 4 commits of the 180 days up to the scanned commit read for credentials");
    assertThat(s.evidence())
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("deploy/env.sh:1 aws-access-key-id AKIA…(20 chars), added in ")
                    .contains(added.name().substring(0, 8))
                    .contains("2026-10-12"));
    assertThat(String.join("\n", s.evidence())).doesNotContain(KEY);
  }

  @Test
  void aCredentialStillInTheTreeIsOneFindingNotTwo() throws Exception {
    Path root = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "ci/publish.sh", "GH=" + TOKEN + "\n", TIP.minus(Duration.ofDays(5)));
      commit(git, "README.md", "# Tool\n", TIP);
    }
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.FAIL);
    assertThat(s.reason()).isEqualTo("1 committed credential(s) found");
    assertThat(s.evidence().stream().filter(e -> e.startsWith("ci/publish.sh:1"))).hasSize(1);
  }

  @Test
  void historyBeforeTheWindowAndTestFixturesInHistoryDoNotFail() throws Exception {
    Path root = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "old.sh", "K=" + KEY + "\n", TIP.minus(Duration.ofDays(400)));
      commit(git, "old.sh", "K=\"$K\"\n", TIP.minus(Duration.ofDays(300)));
      commit(git, "tests/fixtures/auth.sh", "GH=" + TOKEN + "\n", TIP.minus(Duration.ofDays(9)));
      commit(git, "tests/fixtures/auth.sh", null, TIP.minus(Duration.ofDays(8)));
      commit(git, "README.md", "# Tool\n", TIP);
    }
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.PASS);
    assertThat(s.evidence()).anySatisfy(e -> assertThat(e).startsWith("history: 3 commits"));
  }

  @Test
  void aFileNeverAddedToGitIsListedAsUntrackedNotFailed() throws Exception {
    Path root = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "# Tool\n", TIP);
    }
    Files.writeString(root.resolve("local.sh"), "export AWS_ACCESS_KEY_ID=" + KEY + "\n");
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.PASS);
    assertThat(s.evidence())
        .contains("local.sh:1 aws-access-key-id AKIA…(20 chars) (untracked file, not committed)");
  }

  @Test
  void aSubmoduleInTheHistoryIsNoBlobToReadAndTheRestIsStillRead() throws Exception {
    Path lib = dir.resolve("lib");
    try (Git git = Git.init().setDirectory(lib.toFile()).setInitialBranch("main").call()) {
      commit(git, "lib.c", "int f(void) { return 1; }\n", TIP.minus(Duration.ofDays(3)));
    }
    Path root = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "# App\n", TIP.minus(Duration.ofDays(2)));
      git.submoduleAdd().setURI(lib.toUri().toString()).setPath("vendor/lib").call().close();
      commit(
          git,
          "deploy.sh",
          "export AWS_ACCESS_KEY_ID=" + KEY + "\n",
          TIP.minus(Duration.ofDays(1)));
      commit(git, "deploy.sh", "export AWS_ACCESS_KEY_ID=\"$KEY\"\n", TIP);
    }
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.FAIL);
    assertThat(s.evidence())
        .anySatisfy(e -> assertThat(e).startsWith("deploy.sh:1 aws-access-key-id"));
  }

  @Test
  void anUntrackedCopyOnDiskDoesNotHideTheCommittedOneInHistory() throws Exception {
    Path root = dir.resolve("repo");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      commit(
          git,
          "deploy.sh",
          "export AWS_ACCESS_KEY_ID=" + KEY + "\n",
          TIP.minus(Duration.ofDays(3)));
      git.rm().setCached(true).addFilepattern("deploy.sh").call();
      commit(git, "README.md", "# Tool\n", TIP);
    }
    assertThat(Files.exists(root.resolve("deploy.sh"))).as("still on disk, untracked").isTrue();
    SignalResult s = secrets(root);
    assertThat(s.status()).isEqualTo(Status.FAIL);
    assertThat(s.reason()).contains("removed from the tree, still in history");
    assertThat(s.evidence())
        .anySatisfy(e -> assertThat(e).contains("(untracked file, not committed)"));
  }
}
