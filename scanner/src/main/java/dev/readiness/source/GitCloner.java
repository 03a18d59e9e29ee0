package dev.readiness.source;

import dev.readiness.result.ScanFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TextProgressMonitor;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Clones a remote repository with JGit into a temporary directory: shallow, with enough history for
 * the history signals, bounded in time and size, never fetching submodules or running hooks.
 */
public final class GitCloner {
  private final Duration timeout;
  private final long maxBytes;
  private final int historyDays;

  public GitCloner(Duration timeout, long maxBytes, int historyDays) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.historyDays = historyDays;
  }

  /**
   * Clones into {@code dir} (which must be empty) within the clone timeout, over every transport: a
   * server that accepts the connection and then never answers calls no progress monitor and may
   * ignore socket timeouts, so the clone runs on a thread of its own and is abandoned at the
   * deadline (the process exits after a failed scan; the thread is a daemon).
   */
  public void cloneInto(Target target, String ref, Path dir, GitCredentials creds, boolean progress)
      throws SourceException {
    Deadline.within(
        timeout,
        "clone of " + target.display(),
        () -> {
          cloneWithin(target, ref, dir, creds, progress);
          return null;
        });
  }

  private void cloneWithin(
      Target target, String ref, Path dir, GitCredentials creds, boolean progress)
      throws SourceException {
    Instant deadline = Instant.now().plus(timeout);
    LimitMonitor monitor = new LimitMonitor(dir, deadline, maxBytes, progress);
    try {
      Instant since = localTip(target, ref).orElse(Instant.now()).minus(window());
      tryClone(target, ref, dir, creds, monitor, since);
    } catch (GitAPIException | RuntimeException e) {
      if (monitor.timedOut() || monitor.tooLarge()) {
        throw translate(e, monitor, target, creds);
      }
      inactive(target, ref, dir, creds, monitor);
    }
    if (!hasCommit(dir)) {
      throw new SourceException(
          2, ScanFailure.Reason.REF_NOT_FOUND, "no commit to scan in " + target.display());
    }
  }

  /** An empty repository clones without error and leaves nothing to scan. */
  private static boolean hasCommit(Path dir) {
    try (Repository repo =
        new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
            .setWorkTree(dir.toFile())
            .setMustExist(true)
            .build()) {
      return repo.resolve(Constants.HEAD) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * For a file:// URL the tip's date can be read before cloning (refs and one commit, nothing run),
   * so the window is right the first time; JGit's local transport also prints a stack trace when a
   * shallow-since clone selects no commit.
   */
  static java.util.Optional<Instant> localTip(Target target, String ref) {
    if (!"file".equalsIgnoreCase(target.url().getScheme())) {
      return java.util.Optional.empty();
    }
    try (Repository repo =
            new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(new File(target.url().getPath()))
                .setMustExist(true)
                .build();
        RevWalk walk = new RevWalk(repo)) {
      var id = repo.resolve(ref == null ? Constants.HEAD : ref);
      return id == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(Instant.ofEpochSecond(walk.parseCommit(id).getCommitTime()));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty(); // the clone reports what is wrong with it
    }
  }

  private Duration window() {
    return Duration.ofDays(historyDays);
  }

  /**
   * The window before today selected no commit (over every transport the server says so in its own
   * words): the newest commit is older. Clone that tip alone to learn its date, then the window
   * before it, so an inactive repository still brings its last months (history signals are measured
   * up to the scanned commit). If that second clone fails, the tip alone scans.
   */
  private void inactive(
      Target target, String ref, Path dir, GitCredentials creds, LimitMonitor monitor)
      throws SourceException {
    Instant tip;
    try {
      TempDirs.delete(dir, true);
      tryClone(target, ref, dir, creds, monitor, null);
      tip = tipTime(dir);
    } catch (GitAPIException | IOException | RuntimeException e) {
      throw translate(e, monitor, target, creds);
    }
    try {
      TempDirs.delete(dir, true);
      tryClone(target, ref, dir, creds, monitor, tip.minus(window()));
    } catch (GitAPIException | RuntimeException e) {
      try {
        TempDirs.delete(dir, true);
        tryClone(target, ref, dir, creds, monitor, null);
      } catch (GitAPIException | RuntimeException again) {
        throw translate(again, monitor, target, creds);
      }
    }
  }

  private static Instant tipTime(Path dir) throws IOException {
    try (Repository repo = Git.open(dir.toFile()).getRepository();
        RevWalk walk = new RevWalk(repo)) {
      return Instant.ofEpochSecond(walk.parseCommit(repo.resolve(Constants.HEAD)).getCommitTime());
    }
  }

  /** One clone: history since {@code shallowSince}, or the tip alone when that is null. */
  private void tryClone(
      Target target,
      String ref,
      Path dir,
      GitCredentials creds,
      LimitMonitor monitor,
      Instant shallowSince)
      throws GitAPIException {
    CloneCommand clone =
        Git.cloneRepository()
            .setURI(target.url().toString())
            .setDirectory(dir.toFile())
            .setCloneSubmodules(false)
            .setCloneAllBranches(false)
            .setTimeout((int) Math.max(5, timeout.toSeconds()))
            .setProgressMonitor(monitor)
            .setCredentialsProvider(creds.provider())
            .setTransportConfigCallback(
                t -> {
                  if (t instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(sshFactory(creds));
                  }
                });
    if (shallowSince != null) {
      clone.setShallowSince(shallowSince);
    } else {
      clone.setDepth(1);
    }
    if (ref != null) {
      clone.setBranch(ref);
    }
    clone.call().close(); // JGit runs no hooks on clone or checkout: nothing is executed
  }

  static SshdSessionFactory sshFactory(GitCredentials creds) {
    File home = new File(System.getProperty("user.home"));
    SshdSessionFactoryBuilder b =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(home)
            .setSshDirectory(new File(home, ".ssh"));
    if (creds.sshKey() != null) {
      b.setDefaultIdentities(f -> List.of(creds.sshKey()));
    }
    if (creds.knownHosts() != null) {
      b.setDefaultKnownHostsFiles(f -> List.of(creds.knownHosts()));
    }
    return b.build(new JGitKeyCache());
  }

  private SourceException translate(
      Exception e, LimitMonitor monitor, Target target, GitCredentials creds) {
    if (monitor.timedOut()) {
      return Deadline.timedOut("clone of " + target.display(), timeout);
    }
    if (monitor.tooLarge()) {
      return new SourceException(
          3,
          ScanFailure.Reason.CLONE_LIMIT,
          "clone of "
              + target.display()
              + " exceeded the size limit of "
              + (maxBytes / (1024 * 1024))
              + " MiB");
    }
    String msg = scrub(String.valueOf(e.getMessage()), creds);
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("remote branch") && lower.contains("not found")
        || lower.contains("ref ") && lower.contains("not found")) {
      return new SourceException(
          2, ScanFailure.Reason.REF_NOT_FOUND, "ref not found in " + target.display());
    }
    if (notFound(e)) {
      // JGit says "Invalid remote: origin" for an HTTP 404 or a missing path; say what it means
      return notFound(target);
    }
    if (refusesCredentials(lower)) {
      return authenticationFailed(target);
    }
    if (e instanceof InvalidRemoteException || e instanceof TransportException) {
      return new SourceException(
          3, "repository unreachable: " + target.display() + " (" + firstLine(msg) + ")");
    }
    return new SourceException(
        3,
        ScanFailure.Reason.SCAN_ERROR,
        "clone failed: " + target.display() + " (" + firstLine(msg) + ")");
  }

  static SourceException notFound(Target target) {
    return new SourceException(
        3, ScanFailure.Reason.NOT_FOUND, "repository not found: " + target.display());
  }

  /** Whether the server (or the file system) says there is no repository at that address. */
  static boolean notFound(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jgit.errors.NoRemoteRepositoryException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a transport error's lower-cased message says the server refused or wants credentials.
   * URLs are dropped first: a port or path such as {@code :34013/} or {@code /auth0/} says nothing.
   */
  static boolean refusesCredentials(String lower) {
    String words = URL_TEXT.matcher(lower).replaceAll(" ");
    return words.contains("not authorized")
        || AUTH_WORDS.matcher(words).find()
        || STATUS_REFUSED.matcher(words).find()
        || words.contains("permission denied");
  }

  private static final java.util.regex.Pattern URL_TEXT =
      java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*://\\S*|[\\w.-]+@[\\w.-]+:\\S*");
  private static final java.util.regex.Pattern AUTH_WORDS =
      java.util.regex.Pattern.compile("\\b(auth|authentication|authorization|unauthorized)\\b");
  private static final java.util.regex.Pattern STATUS_REFUSED =
      java.util.regex.Pattern.compile("\\b40[13]\\b");

  static SourceException authenticationFailed(Target target) {
    return new SourceException(
        3,
        ScanFailure.Reason.AUTHENTICATION_FAILED,
        "authentication failed for " + target.display());
  }

  static String scrub(String message, GitCredentials creds) {
    String out = Target.redact(message);
    for (String s : creds.secrets()) {
      out = out.replace(s, "****");
    }
    return out;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Cancels the clone past the deadline or the size limit; prints progress on a terminal. */
  static final class LimitMonitor extends TextProgressMonitor {
    private final Path dir;
    private final Instant deadline;
    private final long maxBytes;
    private final boolean print;
    private long lastCheck;
    private long checkEvery = 250_000_000L;
    private boolean timedOut;
    private boolean tooLarge;

    LimitMonitor(Path dir, Instant deadline, long maxBytes, boolean print) {
      super(
          new java.io.PrintWriter(
              new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
              true));
      this.dir = dir;
      this.deadline = deadline;
      this.maxBytes = maxBytes;
      this.print = print;
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, Duration duration) {
      if (print) {
        super.onUpdate(taskName, workCurr, duration);
      }
    }

    @Override
    protected void onUpdate(String taskName, int cmp, int totalWork, int pcnt, Duration duration) {
      if (print) {
        super.onUpdate(taskName, cmp, totalWork, pcnt, duration);
      }
    }

    @Override
    protected void onEndTask(String taskName, int workCurr, Duration duration) {
      if (print) {
        super.onEndTask(taskName, workCurr, duration);
      }
    }

    @Override
    protected void onEndTask(String taskName, int cmp, int totalWork, int pcnt, Duration duration) {
      if (print) {
        super.onEndTask(taskName, cmp, totalWork, pcnt, duration);
      }
    }

    @Override
    public boolean isCancelled() {
      if (Instant.now().isAfter(deadline)) {
        timedOut = true;
        return true;
      }
      long now = System.nanoTime();
      if (now - lastCheck > checkEvery) {
        tooLarge = sizeOf(dir) > maxBytes;
        lastCheck = System.nanoTime();
        // measuring walks the tree: keep it under a tenth of the clone's time
        checkEvery = Math.max(250_000_000L, 10 * (lastCheck - now));
      }
      return tooLarge;
    }

    boolean timedOut() {
      return timedOut;
    }

    boolean tooLarge() {
      return tooLarge;
    }

    private static long sizeOf(Path dir) {
      try (var walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      } catch (IOException | java.io.UncheckedIOException e) {
        return 0;
      }
    }
  }
}
