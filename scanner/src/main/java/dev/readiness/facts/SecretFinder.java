package dev.readiness.facts;

import dev.readiness.metrics.Language;
import dev.readiness.secrets.FileSecrets;
import dev.readiness.secrets.SecretFinding;
import dev.readiness.secrets.SecretScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The credentials in one file's text, each with its place (test, documentation, committed). */
final class SecretFinder {
  private SecretFinder() {}

  /** For text read outside the walk (a blob of the history): scans its keywords first. */
  static List<SecretFinding> find(String path, String text) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    Language language = Language.forExtension(FileEntry.extensionOf(name)).orElse(null);
    return find(path, text, ProbeScan.secretsOnly(text), language != null);
  }

  /**
   * @param scan the file's keyword scan, whose secret lines are the candidates
   * @param code whether the file is source in a programming language
   */
  static List<SecretFinding> find(String path, String text, ProbeScan scan, boolean code) {
    boolean dotenv = FileSecrets.isDotenv(path);
    if (scan.secretLines().isEmpty() && !dotenv || FileSecrets.encrypted(text)) {
      return List.of();
    }
    SecretFinding.Place place = placeOf(path);
    boolean patch = PatchFiles.isPatch(path);
    List<SecretFinding> out = new ArrayList<>();
    for (int line : new TreeSet<>(scan.secretLines())) {
      String next = line < scan.lineStarts().length ? scan.line(text, line + 1) : "";
      SecretFinding.Place at =
          patch && TestPaths.isTestPath(PatchFiles.targetOf(text, scan, line))
              ? SecretFinding.Place.TEST
              : place;
      out.addAll(
          SecretScanner.scan(
              new SecretScanner.Candidate(path, line, scan.line(text, line), next, at, code)));
    }
    if (dotenv) {
      out.addAll(FileSecrets.dotenv(path, text, place, out));
      out.sort(Comparator.comparingInt(SecretFinding::line));
    }
    return FileSecrets.refine(path, text, out);
  }

  /** Tests and fixtures, then documentation and examples: listed, not failing. */
  static SecretFinding.Place placeOf(String path) {
    if (TestPaths.isTestPath(path)
        || path.substring(path.lastIndexOf('/') + 1).startsWith(".env.test")) {
      return SecretFinding.Place.TEST;
    }
    if (TestPaths.isDocumentationPath(path) || TestPaths.isExamplePath(path)) {
      return SecretFinding.Place.DOCUMENTATION;
    }
    return SecretFinding.Place.COMMITTED;
  }
}
