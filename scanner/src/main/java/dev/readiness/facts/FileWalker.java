package dev.readiness.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Lists the repository's paths without following any symbolic link, honouring .gitignore files (so
 * local build output is not scanned), never entering .git, node_modules or submodules.
 */
final class FileWalker {
  private static final Set<String> NEVER_ENTER = Set.of(".git", "node_modules");

  /** A path to analyse: relative name, size, and whether it is a link. */
  record Candidate(String path, long size, boolean symlink) {}

  /** What the walk found. */
  record Listing(List<Candidate> files, Set<String> submodules, int unreadable) {}

  private FileWalker() {}

  static Listing walk(Path root) throws IOException {
    Visitor visitor = new Visitor(root);
    Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, visitor);
    return new Listing(visitor.files, visitor.submodules, visitor.unreadable);
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Candidate> files = new ArrayList<>();
    private final Set<String> submodules = new TreeSet<>();
    private final Deque<Ignore> ignores = new ArrayDeque<>();
    private int unreadable;

    private record Ignore(String dir, IgnoreNode node) {}

    Visitor(Path root) {
      this.root = root;
    }

    private String relative(Path p) {
      return root.relativize(p).toString().replace('\\', '/');
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      String rel = relative(dir);
      if (!rel.isEmpty()) {
        String name = dir.getFileName().toString();
        if (NEVER_ENTER.contains(name) || isIgnored(rel, true)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
          submodules.add(rel);
          return FileVisitResult.SKIP_SUBTREE;
        }
      }
      ignores.push(new Ignore(rel, readIgnore(dir.resolve(".gitignore"))));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
      if (!ignores.isEmpty()) {
        ignores.pop();
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String rel;
      try {
        rel = relative(file);
      } catch (RuntimeException e) {
        unreadable++;
        return FileVisitResult.CONTINUE;
      }
      if (!isIgnored(rel, false) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
        files.add(new Candidate(rel, attrs.size(), attrs.isSymbolicLink()));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
      unreadable++;
      return FileVisitResult.CONTINUE;
    }

    private boolean isIgnored(String rel, boolean directory) {
      for (Ignore ignore : ignores) {
        if (ignore.node() == null) {
          continue;
        }
        String local = ignore.dir().isEmpty() ? rel : rel.substring(ignore.dir().length() + 1);
        Boolean result = ignore.node().checkIgnored(local, directory);
        if (result != null) {
          return result;
        }
      }
      return false;
    }

    private static IgnoreNode readIgnore(Path file) {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      IgnoreNode node = new IgnoreNode();
      try (InputStream in = Files.newInputStream(file)) {
        node.parse(in);
        return node;
      } catch (IOException e) {
        return null;
      }
    }
  }
}
