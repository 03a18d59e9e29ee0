package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.signals.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk: .gitignore rules at every depth, directories never entered, links never followed. */
class FileWalkerTest {
  @TempDir Path dir;

  private static Map<String, FileWalker.Candidate> walk(Path root) {
    Map<String, FileWalker.Candidate> byPath = new TreeMap<>();
    for (FileWalker.Candidate c : FileWalker.walk(root, c -> c).results()) {
      byPath.put(c.path(), c);
    }
    return byPath;
  }

  @Test
  void honoursGitignoreFilesAtEveryDepth() throws Exception {
    Path repo =
        Fixtures.write(
            dir,
            Map.of(
                ".gitignore", "build/\n*.log\n",
                "a.txt", "a\n",
                "x.log", "log\n",
                "build/out.txt", "generated\n",
                "src/build/also.txt", "a build folder anywhere is ignored\n",
                "sub/.gitignore", "!keep.log\nlocal.txt\n",
                "sub/keep.log", "kept by the nested negation\n",
                "sub/other.log", "still ignored\n",
                "sub/local.txt", "ignored here\n",
                "other/local.txt", "the nested rule does not reach here\n"));
    assertThat(walk(repo).keySet())
        .containsExactly(
            ".gitignore", "a.txt", "other/local.txt", "sub/.gitignore", "sub/keep.log");
  }

  @Test
  void neverEntersGitNodeModulesOrSubmodules() throws Exception {
    Path repo =
        Fixtures.write(
            dir,
            Map.of(
                ".gitignore", "ignored/\n",
                "main.c", "int main(void) { return 0; }\n",
                ".git/config", "[core]\n",
                "node_modules/left-pad/index.js", "module.exports = 1;\n",
                "web/node_modules/x/index.js", "module.exports = 2;\n",
                "vendor/lib/.git", "gitdir: ../../.git/modules/lib\n",
                "vendor/lib/lib.c", "int lib;\n",
                "ignored/nested/.git", "gitdir: elsewhere\n"));
    FileWalker.Listing<FileWalker.Candidate> listing = FileWalker.walk(repo, c -> c);
    assertThat(listing.results())
        .extracting(FileWalker.Candidate::path)
        .containsExactlyInAnyOrder(".gitignore", "main.c");
    assertThat(listing.submodules()).containsExactly("vendor/lib");
    assertThat(listing.unreadable()).isZero();
  }

  @Test
  void listsLinksAsLinksWithoutFollowingThem() throws Exception {
    Path repo = Fixtures.write(dir.resolve("repo"), Map.of("sub/a.txt", "a\n"));
    Path outside = Fixtures.write(dir.resolve("outside"), Map.of("secret.txt", "s\n"));
    Files.createSymbolicLink(repo.resolve("link.txt"), repo.resolve("sub/a.txt"));
    Files.createSymbolicLink(repo.resolve("elsewhere"), outside);
    Map<String, FileWalker.Candidate> found = walk(repo);
    assertThat(found.keySet()).containsExactly("elsewhere", "link.txt", "sub/a.txt");
    assertThat(found.get("elsewhere").symlink()).isTrue();
    assertThat(found.get("link.txt").symlink()).isTrue();
    assertThat(found.get("sub/a.txt").symlink()).isFalse();
    assertThat(found.get("sub/a.txt").size()).isEqualTo(2);
  }

  @Test
  void visitsEveryFileOnceInAWideAndDeepTree() throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      files.put("wide/f" + i + ".txt", "x\n");
    }
    String deep = "d/".repeat(120);
    files.put(deep + "leaf.txt", "leaf\n");
    Path repo = Fixtures.write(dir, files);
    List<String> visited =
        FileWalker.walk(repo, FileWalker.Candidate::path).results().stream().sorted().toList();
    assertThat(visited).hasSize(301).doesNotHaveDuplicates().contains(deep + "leaf.txt");
  }
}
