package dev.readiness.source;

import dev.readiness.result.ScanFailure;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.SshTransport;

/** Resolves a ref of a remote repository to a commit without cloning (git ls-remote). */
public final class RemoteRefs {
  private final Duration timeout;

  public RemoteRefs(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * @param ref a branch or tag name, or null for the remote's HEAD
   * @return the commit id
   * @throws SourceException with a reason (authentication, not found, ref not found, timed out,
   *     unreachable), within one overall deadline
   */
  public String resolve(Target target, String ref, GitCredentials creds) throws SourceException {
    Collection<Ref> refs =
        Deadline.within(timeout, "ls-remote of " + target.display(), () -> list(target, creds));
    String want = ref == null ? Constants.HEAD : ref;
    for (String name : new String[] {want, "refs/heads/" + want, "refs/tags/" + want}) {
      for (Ref r : refs) {
        if (r.getName().equals(name)) {
          ObjectId id = r.getPeeledObjectId() != null ? r.getPeeledObjectId() : r.getObjectId();
          if (id != null) {
            return id.getName();
          }
        }
      }
    }
    throw new SourceException(
        2,
        ScanFailure.Reason.REF_NOT_FOUND,
        (ref == null ? "HEAD" : "ref " + ref) + " not found in " + target.display());
  }

  private Collection<Ref> list(Target target, GitCredentials creds) throws SourceException {
    try {
      LsRemoteCommand ls =
          Git.lsRemoteRepository()
              .setRemote(target.url().toString())
              .setTimeout((int) Math.max(1, timeout.toSeconds()))
              .setCredentialsProvider(creds.provider())
              .setTransportConfigCallback(
                  t -> {
                    if (t instanceof SshTransport ssh) {
                      ssh.setSshSessionFactory(GitCloner.sshFactory(creds));
                    }
                  });
      return ls.call();
    } catch (GitAPIException | RuntimeException e) {
      throw translate(e, target, creds);
    }
  }

  private static SourceException translate(Exception e, Target target, GitCredentials creds) {
    String msg = GitCloner.scrub(String.valueOf(e.getMessage()), creds);
    String lower = msg.toLowerCase(Locale.ROOT);
    if (GitCloner.notFound(e)) {
      return GitCloner.notFound(target);
    }
    if (GitCloner.refusesCredentials(lower)) {
      return GitCloner.authenticationFailed(target);
    }
    String first = msg.lines().findFirst().orElse("");
    return new SourceException(
        3,
        ScanFailure.Reason.UNREACHABLE,
        "repository unreachable: " + target.display() + " (" + Target.redact(first) + ")");
  }
}
