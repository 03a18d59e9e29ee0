package dev.readiness.source;

import dev.readiness.result.ScanFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Pins a fresh clone to the commit the operator resolved: the ref may have moved between the
 * operator's ls-remote and the clone, and a result must be for the commit the Job was made for.
 */
public final class CommitPin {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private CommitPin() {}

  public static void validate(String commit) throws SourceException {
    if (commit != null && !COMMIT.matcher(commit).matches()) {
      throw new SourceException(2, "--expect-commit needs a full commit id in lowercase hex");
    }
  }

  /** Checks {@code commit} out in {@code dir} unless HEAD already is it. */
  public static void checkout(Path dir, String commit) throws SourceException {
    try (Git git = Git.open(dir.toFile())) {
      Repository repo = git.getRepository();
      ObjectId head = repo.resolve("HEAD");
      ObjectId want = ObjectId.fromString(commit);
      if (want.equals(head)) {
        return;
      }
      try (RevWalk walk = new RevWalk(repo)) {
        walk.parseCommit(want);
      }
      git.checkout().setName(commit).call();
    } catch (MissingObjectException e) {
      throw new SourceException(
          3,
          ScanFailure.Reason.COMMIT_NOT_FOUND,
          "commit " + commit + " is not in the fetched history of the ref");
    } catch (IOException | GitAPIException e) {
      throw new SourceException(
          3, ScanFailure.Reason.SCAN_ERROR, "cannot check out commit " + commit);
    }
  }
}
