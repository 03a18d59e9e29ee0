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
import org.eclipse.jgit.lib.TextProgressMonitor;
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

  /** Clones into {@code dir} (which must be empty). */
  public void cloneInto(Target target, String ref, Path dir, GitCredentials creds, boolean progress)
      throws SourceException {
    Instant deadline = Instant.now().plus(timeout);
    LimitMonitor monitor = new LimitMonitor(dir, deadline, maxBytes, progress);
    try {
      tryClone(target, ref, dir, creds, monitor, true);
    } catch (TransportException e) {
      if (isEmptyShallowSince(e)) {
        TempDirs.delete(dir, true);
        try {
          tryClone(target, ref, dir, creds, monitor, false);
          return;
        } catch (GitAPIException | RuntimeException again) {
          throw translate(again, monitor, target, creds);
        }
      }
      throw translate(e, monitor, target, creds);
    } catch (GitAPIException | RuntimeException e) {
      throw translate(e, monitor, target, creds);
    }
  }

  private void tryClone(
      Target target,
      String ref,
      Path dir,
      GitCredentials creds,
      LimitMonitor monitor,
      boolean shallowSince)
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
    if (shallowSince) {
      clone.setShallowSince(Instant.now().minus(Duration.ofDays(historyDays)));
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

  private static boolean isEmptyShallowSince(TransportException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("shallow") || m.contains("no commits selected");
  }

  private SourceException translate(
      Exception e, LimitMonitor monitor, Target target, GitCredentials creds) {
    if (monitor.timedOut()) {
      return new SourceException(
          3,
          ScanFailure.Reason.CLONE_LIMIT,
          "clone of " + target.display() + " timed out after " + timeout.toSeconds() + " s");
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

  /**
   * Whether a transport error's lower-cased message says the server refused or wants credentials.
   */
  static boolean refusesCredentials(String lower) {
    return lower.contains("not authorized")
        || lower.contains("auth")
        || lower.contains("401")
        || lower.contains("403")
        || lower.contains("permission denied");
  }

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
