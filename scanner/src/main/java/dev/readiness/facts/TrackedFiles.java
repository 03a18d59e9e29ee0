package dev.readiness.facts;

import dev.readiness.secrets.SecretFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Which files of a local work tree git tracks: a credential in a file that was never added is on
 * this disk, not in the repository, so it is listed as untracked instead of failing the scan.
 */
final class TrackedFiles {
  private TrackedFiles() {}

  /**
   * The findings with those in untracked files marked so. The index is read only when a finding
   * would fail, and only in a git work tree (a clone tracks everything it holds).
   */
  static List<SecretFinding> mark(Path root, List<SecretFinding> findings) {
    if (findings.stream().noneMatch(SecretFinding::fails) || !Files.exists(root.resolve(".git"))) {
      return findings;
    }
    Optional<Set<String>> index = tracked(root);
    if (index.isEmpty()) {
      return findings;
    }
    Set<String> tracked = index.get();
    return findings.stream()
        .map(
            f -> f.fails() && !tracked.contains(f.path()) ? f.at(SecretFinding.Place.UNTRACKED) : f)
        .toList();
  }

  /** The index's paths, or empty when it cannot be read (then nothing is marked). */
  static Optional<Set<String>> tracked(Path root) {
    try (Repository repo =
        new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()) {
      DirCache index = repo.readDirCache();
      Set<String> out = new HashSet<>(index.getEntryCount() * 2);
      for (int i = 0; i < index.getEntryCount(); i++) {
        out.add(index.getEntry(i).getPathString());
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
