package dev.readiness.operator.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** A real git repository on disk that tests commit to; its file:// URL is what assessments scan. */
final class GitFixture {
  private final Path dir;

  GitFixture(Path dir) throws Exception {
    this.dir = dir;
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("README.md"), "# Service\n\n## Build\n\n```\nmake build\n```\n");
    Files.writeString(dir.resolve("go.mod"), "module example.com/svc\n\ngo 1.22\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    Files.writeString(dir.resolve(".gitignore"), "bin/\n");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "initial");
    }
  }

  String url() {
    return "file://" + dir.toAbsolutePath();
  }

  /** Adds a file and commits; returns the new commit id. */
  String commitFile(String path, String content) throws Exception {
    Files.writeString(dir.resolve(path), content);
    try (Git git = Git.open(dir.toFile())) {
      return commit(git, "add " + path);
    }
  }

  private static String commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Dev", "dev@example.com", Instant.now(), ZoneOffset.UTC);
    return git.commit()
        .setMessage(message)
        .setAuthor(who)
        .setCommitter(who)
        .setSign(false)
        .call()
        .getName();
  }
}
