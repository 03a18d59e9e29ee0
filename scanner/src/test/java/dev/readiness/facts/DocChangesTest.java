package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents' last changes are found however the tree spells their names. */
class DocChangesTest {
  private static final Instant WHEN = Instant.parse("2024-05-23T10:00:00Z");
  @TempDir Path dir;

  @Test
  void aReadmeInAnyCaseIsTheReadme() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(dir.resolve("Docs"));
      Files.writeString(dir.resolve("Readme.md"), "# todo\n");
      Files.writeString(dir.resolve(".github-not-docs"), "x\n");
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Dev", "dev@example.com", WHEN, ZoneOffset.UTC);
      git.commit().setMessage("readme").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    GitHistory h =
        HistoryCollector.collect(dir, List.of("README.md", "docs/CONTRIBUTING.md")).orElseThrow();
    assertThat(h.docChanges()).containsOnlyKeys("Readme.md").containsEntry("Readme.md", WHEN);
  }
}
