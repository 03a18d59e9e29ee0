package dev.readiness.report;

import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.secrets.SecretFinding;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a SARIF result points: the files its evidence names (with the line where known), the
 * manifests of the apps that fail it, or else the repository's anchor (docs/report-format.md): line
 * 1 of the README, or of the root manifest, or of {@code README.md} when there is neither.
 */
final class SarifLocations {
  /** At most this many locations per result; GitHub shows the first as the alert's place. */
  static final int MAX = 10;

  /** A relative path with a file extension (or a well-known file name), and maybe ":line". */
  private static final Pattern FILE =
      Pattern.compile(
          "^((?:\\.?[\\w@+-][\\w.@+-]*/)*(?:\\.?[\\w@+-][\\w.@+-]*\\.(?<ext>[A-Za-z][\\w-]*)"
              + "|\\.[\\w-]+|Makefile|Dockerfile|Jenkinsfile|Gemfile|Rakefile|CODEOWNERS"
              + "|Justfile|justfile|Taskfile|Procfile|LICENSE|OWNERS))(?::(?<line>\\d+))?$");

  /** Extensions of files a repository holds; a bare "name.ext" must have one (not a domain). */
  private static final Set<String> KNOWN =
      Set.of(
          "md",
          "rst",
          "txt",
          "adoc",
          "yml",
          "yaml",
          "json",
          "jsonc",
          "toml",
          "xml",
          "ini",
          "cfg",
          "conf",
          "properties",
          "gradle",
          "kts",
          "lock",
          "mod",
          "sum",
          "sh",
          "bash",
          "ps1",
          "py",
          "pyi",
          "java",
          "kt",
          "scala",
          "go",
          "rs",
          "rb",
          "js",
          "mjs",
          "cjs",
          "jsx",
          "ts",
          "tsx",
          "vue",
          "svelte",
          "cs",
          "csproj",
          "fs",
          "sln",
          "props",
          "targets",
          "swift",
          "dart",
          "php",
          "ex",
          "exs",
          "c",
          "h",
          "cc",
          "cpp",
          "hpp",
          "tf",
          "hcl",
          "env",
          "example",
          "template",
          "sql",
          "proto",
          "graphql",
          "html",
          "css",
          "scss",
          "cmake",
          "mk",
          "nix",
          "bzl",
          "bazel");

  private static final Pattern APP_LINE = Pattern.compile("^(\\S+): (\\w+) — (.*)$");

  private final String repositoryAnchor;
  private final Map<String, String> manifests;

  SarifLocations(Report r) {
    this.manifests = new java.util.HashMap<>();
    for (Report.AppInfo a : r.apps()) {
      if (a.manifest() != null) {
        manifests.put(a.id(), a.manifest());
      }
    }
    this.repositoryAnchor = anchor(r, manifests);
  }

  /** A file and a line (0 when unknown), and why it is there: evidence, app or repository. */
  record Location(String uri, int line, String anchor) {}

  /** The locations of a failing signal's result, never empty. */
  List<Location> of(SignalResult s) {
    Set<Location> out = new LinkedHashSet<>();
    for (String ev : s.evidence()) {
      if (notHere(ev)) {
        continue;
      }
      Matcher app = APP_LINE.matcher(ev);
      if (app.matches()) {
        if (Status.FAIL.id().equals(app.group(2))) {
          files(app.group(3), out);
        }
      } else {
        files(ev, out);
      }
    }
    if (s.apps() != null) {
      s.apps()
          .forEach(
              (id, status) -> {
                String manifest = manifests.get(id);
                if (status == Status.FAIL && manifest != null) {
                  out.add(new Location(manifest, 0, "app"));
                }
              });
    }
    if (out.isEmpty()) {
      out.add(new Location(repositoryAnchor, 0, "repository"));
    }
    return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
  }

  /**
   * Evidence of something that does not fail, or of a file the scanned tree does not hold: a
   * finding listed as a test's, a doc's or an untracked file's, or a credential removed from the
   * tree that only the history still holds. Such a line is no place for an alert.
   */
  static boolean notHere(String evidence) {
    if (evidence.contains(REMOVED)) {
      return true;
    }
    for (SecretFinding.Place p : SecretFinding.Place.values()) {
      if (p != SecretFinding.Place.COMMITTED && evidence.endsWith(p.note())) {
        return true;
      }
    }
    return false;
  }

  private static final String REMOVED = "no longer in the tree";

  /** Every file reference among the words of one evidence line. */
  static void files(String evidence, Set<Location> out) {
    for (String word : evidence.split("[\\s,;()]+")) {
      Location l = file(word);
      if (l != null) {
        out.add(l);
      }
    }
  }

  /** The word as a file reference, or null: no URL, no domain, no version number. */
  static Location file(String word) {
    if (word.contains("://") || word.startsWith("/") || word.contains("..")) {
      return null;
    }
    Matcher m = FILE.matcher(word);
    if (!m.matches()) {
      return null;
    }
    String ext = m.group("ext");
    if (ext != null
        && !word.contains("/")
        && !KNOWN.contains(ext.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int line = m.group("line") == null ? 0 : Integer.parseInt(m.group("line"));
    return new Location(m.group(1), line, "evidence");
  }

  private static String anchor(Report r, Map<String, String> manifests) {
    for (SignalResult s : r.signals()) {
      if (s.id().equals("readme") && s.status() == Status.PASS && !s.evidence().isEmpty()) {
        Location l = file(s.evidence().get(0).split(" ")[0]);
        if (l != null) {
          return l.uri();
        }
      }
    }
    return manifests.getOrDefault(".", "README.md");
  }
}
