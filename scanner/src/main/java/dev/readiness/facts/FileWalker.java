package dev.readiness.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Lists the repository's paths without following any symbolic link, honouring .gitignore files (so
 * local build output is not scanned), never entering .git, node_modules or submodules.
 *
 * <p>Directories are listed in parallel, and each file found is handed to the visitor at once, on
 * the thread that found it: reading and analysing files overlaps the walk instead of waiting for
 * it. Results arrive in no particular order; callers sort what they keep.
 */
final class FileWalker<R> {
  private static final Set<String> NEVER_ENTER = Set.of(".git", "node_modules");

  /**
   * The walk's own pool, one worker per core (the container's share in a pod). The common pool has
   * one worker fewer than there are cores, counts on the caller to help, and also runs the git
   * history read, which can keep its only worker on a 2-core machine busy for the whole walk.
   */
  private static final ForkJoinPool POOL =
      new ForkJoinPool(Runtime.getRuntime().availableProcessors());

  /** Files handed to the visitor per task: small enough to balance, large enough to be cheap. */
  private static final int FILES_PER_TASK = 8;

  /** A path to analyse: relative name, size, and whether it is a link. */
  record Candidate(String path, long size, boolean symlink) {}

  /** What the walk found: one visitor result per file, submodule paths, unreadable entries. */
  record Listing<R>(List<R> results, Set<String> submodules, int unreadable) {}

  /** The .gitignore rules in force in a directory: its own first, then its parents'. */
  private record Ignores(String dir, IgnoreNode node, Ignores parent) {
    boolean ignored(String rel, boolean directory) {
      for (Ignores i = this; i != null; i = i.parent) {
        String local = i.dir.isEmpty() ? rel : rel.substring(i.dir.length() + 1);
        Boolean result = i.node.checkIgnored(local, directory);
        if (result != null) {
          return result;
        }
      }
      return false;
    }
  }

  /** A directory entry with its name, decoded once. */
  private record Child(Path path, String name) {}

  private final Function<Candidate, R> visit;
  private final ConcurrentLinkedQueue<R> results = new ConcurrentLinkedQueue<>();
  private final Set<String> submodules = new ConcurrentSkipListSet<>();
  private final AtomicInteger unreadable = new AtomicInteger();

  private FileWalker(Function<Candidate, R> visit) {
    this.visit = visit;
  }

  /** Walks {@code root}, applying {@code visit} to every file that is not ignored. */
  static <R> Listing<R> walk(Path root, Function<Candidate, R> visit) {
    FileWalker<R> walker = new FileWalker<>(visit);
    POOL.invoke(walker.new Directory(root, "", null));
    return new Listing<>(
        List.copyOf(walker.results), new TreeSet<>(walker.submodules), walker.unreadable.get());
  }

  /** Lists one directory, then visits its files and walks its subdirectories as subtasks. */
  private final class Directory extends RecursiveAction {
    private final Path dir;
    private final String rel;
    private final Ignores inherited;

    Directory(Path dir, String rel, Ignores inherited) {
      this.dir = dir;
      this.rel = rel;
      this.inherited = inherited;
    }

    @Override
    protected void compute() {
      List<Child> children = list();
      boolean hasIgnoreFile = children.stream().anyMatch(c -> c.name().equals(".gitignore"));
      IgnoreNode own = hasIgnoreFile ? readIgnore(dir.resolve(".gitignore")) : null;
      Ignores ignores = own == null ? inherited : new Ignores(rel, own, inherited);
      List<RecursiveAction> tasks = new ArrayList<>();
      List<Candidate> files = new ArrayList<>();
      for (Child child : children) {
        String name = child.name();
        String childRel = rel.isEmpty() ? name : rel + "/" + name;
        BasicFileAttributes attrs = attributes(child.path());
        if (attrs == null) {
          unreadable.incrementAndGet();
        } else if (attrs.isDirectory()) {
          if (!NEVER_ENTER.contains(name) && !isIgnored(ignores, childRel, true)) {
            tasks.add(new Directory(child.path(), childRel, ignores));
          }
        } else if ((attrs.isRegularFile() || attrs.isSymbolicLink())
            && !isIgnored(ignores, childRel, false)) {
          files.add(new Candidate(childRel, attrs.size(), attrs.isSymbolicLink()));
        }
      }
      for (int i = 0; i < files.size(); i += FILES_PER_TASK) {
        tasks.add(new Batch(files.subList(i, Math.min(files.size(), i + FILES_PER_TASK))));
      }
      invokeAll(tasks);
    }

    /** The directory's entries; none when it cannot be read or is a submodule. */
    private List<Child> list() {
      List<Child> children = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path child : entries) {
          String name = child.getFileName().toString();
          if (!rel.isEmpty() && name.equals(".git")) {
            submodules.add(rel); // a nested repository: reported, never entered
            return List.of();
          }
          children.add(new Child(child, name));
        }
      } catch (IOException | DirectoryIteratorException e) {
        unreadable.incrementAndGet();
        return List.of();
      }
      return children;
    }
  }

  /** Hands a few files of one directory to the visitor. */
  private final class Batch extends RecursiveAction {
    private final List<Candidate> batch;

    Batch(List<Candidate> batch) {
      this.batch = batch;
    }

    @Override
    protected void compute() {
      for (Candidate c : batch) {
        results.add(visit.apply(c));
      }
    }
  }

  private static boolean isIgnored(Ignores ignores, String rel, boolean directory) {
    return ignores != null && ignores.ignored(rel, directory);
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
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
