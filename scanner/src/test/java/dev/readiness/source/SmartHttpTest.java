package dev.readiness.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readiness.facts.GitHistory;
import dev.readiness.facts.HistoryCollector;
import dev.readiness.result.ScanFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clones and ls-remote over real smart HTTP ({@code git http-backend} behind a local server), and
 * against a server that never answers: what a user sees is the reason, never a JGit phrase.
 */
class SmartHttpTest {
  @TempDir Path dir;
  private GitHttpBackend http;

  @BeforeEach
  void serve() throws Exception {
    http = GitHttpBackend.serve(dir);
    assumeThat(http).as("git http-backend is installed (Debian's git package)").isNotNull();
  }

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
  }

  private static GitCloner cloner() {
    return new GitCloner(
        Duration.ofSeconds(60), 100L * 1024 * 1024, HistoryCollector.DEFAULT_WINDOW_DAYS);
  }

  @Test
  void anInactiveRepositoryClonesOverHttpWithItsLastMonths() throws Exception {
    GitClonerTest.inactiveRepository(dir);
    Path clone = dir.resolve("clone");
    cloner().cloneInto(Target.parse(http.url("origin")), null, clone, GitCredentials.none(), false);
    GitHistory h = HistoryCollector.collect(clone, List.of("README.md")).orElseThrow();
    assertThat(h.commitTime()).isEqualTo(GitClonerTest.TIP);
    assertThat(h.commitsInWindow()).isEqualTo(3);
  }

  @Test
  void anHttp404IsRepositoryNotFound() {
    Target missing = parse(http.url("no-such-repo.git"));
    assertThatThrownBy(
            () -> cloner().cloneInto(missing, null, dir.resolve("c"), GitCredentials.none(), false))
        .isInstanceOf(SourceException.class)
        .hasMessage("repository not found: " + missing.display())
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(ScanFailure.Reason.NOT_FOUND);
    assertThatThrownBy(
            () ->
                new RemoteRefs(Duration.ofSeconds(20))
                    .resolve(missing, null, GitCredentials.none()))
        .isInstanceOf(SourceException.class)
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(ScanFailure.Reason.NOT_FOUND);
  }

  @Test
  void lsRemoteOverHttpResolvesTheTip() throws Exception {
    GitClonerTest.inactiveRepository(dir);
    String head =
        new RemoteRefs(Duration.ofSeconds(20))
            .resolve(parse(http.url("origin")), "main", GitCredentials.none());
    try (var git = org.eclipse.jgit.api.Git.open(dir.resolve("origin").toFile())) {
      assertThat(head).isEqualTo(git.getRepository().resolve("main").getName());
    }
  }

  @Test
  void lsRemoteAgainstAServerThatNeverAnswersTimesOut() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      long start = System.nanoTime();
      Target t = parse("git://127.0.0.1:" + silent.port() + "/repo.git");
      assertThatThrownBy(
              () -> new RemoteRefs(Duration.ofSeconds(1)).resolve(t, null, GitCredentials.none()))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("timed out after 1 s")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(ScanFailure.Reason.TIMED_OUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  private static Target parse(String url) {
    try {
      return Target.parse(url);
    } catch (SourceException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
