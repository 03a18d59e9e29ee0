package dev.readiness.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.facts.GitHistory;
import dev.readiness.facts.HistoryCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote clones bring the history window before the cloned commit, however old that commit is. */
class GitClonerTest {
  static final Instant TIP = Instant.parse("2023-03-01T12:00:00Z");
  @TempDir Path dir;

  /** A repository last touched years ago: an old commit, two in its last 180 days, the tip. */
  static Path inactiveRepository(Path dir) throws Exception {
    Path origin = dir.resolve("origin");
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      commit(git, origin, "a.txt", "a\n", TIP.minus(Duration.ofDays(400)));
      commit(git, origin, "c.txt", "c\n", TIP.minus(Duration.ofDays(150)));
      commit(git, origin, "README.md", "# old project\n", TIP.minus(Duration.ofDays(100)));
      commit(git, origin, "b.txt", "b\n", TIP);
    }
    return origin;
  }

  private static void commit(Git git, Path root, String file, String text, Instant when)
      throws Exception {
    Files.writeString(root.resolve(file), text);
    git.add().addFilepattern(file).call();
    PersonIdent who = new PersonIdent("Dev", "dev@example.com", when, java.time.ZoneOffset.UTC);
    git.commit()
        .setMessage("change " + file)
        .setAuthor(who)
        .setCommitter(who)
        .setSign(false)
        .call();
  }

  @Test
  void anInactiveRepositoryIsClonedWithItsLastMonths() throws Exception {
    Path origin = inactiveRepository(dir);
    Path clone = dir.resolve("clone");
    new GitCloner(Duration.ofSeconds(60), 100L * 1024 * 1024, HistoryCollector.DEFAULT_WINDOW_DAYS)
        .cloneInto(Target.parse("file://" + origin), null, clone, GitCredentials.none(), false);
    GitHistory h = HistoryCollector.collect(clone, List.of("README.md")).orElseThrow();
    assertThat(h.commitTime()).isEqualTo(TIP);
    assertThat(h.commitsInWindow())
        .as("the three commits of the window, not the one before it")
        .isEqualTo(3);
    assertThat(h.docChanges()).containsKey("README.md");
    assertThat(h.shallow()).isTrue();
  }

  @Test
  void aTagIsClonedAtItsCommit() throws Exception {
    Path origin = inactiveRepository(dir);
    try (Git git = Git.open(origin.toFile())) {
      git.tag().setName("v1").setAnnotated(false).call();
    }
    Path clone = dir.resolve("tagged");
    new GitCloner(Duration.ofSeconds(60), 100L * 1024 * 1024, HistoryCollector.DEFAULT_WINDOW_DAYS)
        .cloneInto(Target.parse("file://" + origin), "v1", clone, GitCredentials.none(), false);
    assertThat(HistoryCollector.collect(clone, List.of()).orElseThrow().commitTime())
        .isEqualTo(TIP);
  }

  @Test
  void aServerThatNeverAnswersIsATimeoutOnEveryTransport() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      long start = System.nanoTime();
      var cloner = new GitCloner(Duration.ofSeconds(2), 1024 * 1024, 180);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  cloner.cloneInto(
                      Target.parse("git://127.0.0.1:" + silent.port() + "/repo.git"),
                      null,
                      dir.resolve("never"),
                      GitCredentials.none(),
                      false))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("timed out after 2 s")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(dev.readiness.result.ScanFailure.Reason.TIMED_OUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void aMissingRepositoryIsSaidToBeNotFound() {
    var cloner = new GitCloner(Duration.ofSeconds(20), 1024 * 1024, 180);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                cloner.cloneInto(
                    Target.parse("file://" + dir.resolve("no-such-repo.git")),
                    null,
                    dir.resolve("clone"),
                    GitCredentials.none(),
                    false))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("repository not found: ")
        .hasMessageNotContaining("Invalid remote");
  }

  @Test
  void onlyTheServersWordsSayCredentialsWereRefused() {
    assertThat(GitCloner.refusesCredentials("http://127.0.0.1:34013/x.git: not found: not found"))
        .as("a port that reads 401")
        .isFalse();
    assertThat(GitCloner.refusesCredentials("https://github.com/auth0/lock.git: not found"))
        .isFalse();
    assertThat(GitCloner.refusesCredentials("https://h/x.git: 401 unauthorized")).isTrue();
    assertThat(GitCloner.refusesCredentials("https://h/x.git: status 403 forbidden")).isTrue();
    assertThat(GitCloner.refusesCredentials("git@h:x.git: permission denied (publickey)")).isTrue();
  }
}
