package dev.readiness.facts;

import dev.readiness.secrets.SecretFinding;
import dev.readiness.secrets.SecretHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything collected from one repository, once, before any signal is evaluated. Signals are pure
 * functions of this record.
 *
 * @param contents the kept text of configuration, build and documentation files, by path
 * @param probes probe keyword to its hits, one per file, sorted by path
 * @param probeWords the words searched for (asking for another is a signal's mistake)
 * @param secretHistory credentials the history window holds and the tree no longer does
 * @param now the reference time for history windows
 * @param searches empty at first, filled with repository-wide text searches as signals ask them
 *     (every app asks the same), so each is answered once per scan
 */
public record RepositoryFacts(
    FileIndex files,
    Map<String, String> contents,
    Map<String, List<ProbeHit>> probes,
    Set<String> probeWords,
    List<Manifest> manifests,
    List<App> apps,
    Optional<GitHistory> history,
    List<SecretFinding> secrets,
    Optional<SecretHistory> secretHistory,
    Set<String> submodules,
    ScanCounts counts,
    Instant now,
    Memo<String, List<String>> searches) {
  /** At most this many files are reported for one repository-wide search. */
  public static final int SEARCH_LIMIT = 20;

  /**
   * A repository-wide answer computed once per scan and shared by every app that asks: {@code key}
   * must not collide with a search ("\0" followed by a name does not).
   */
  public List<String> once(String key, java.util.function.Supplier<List<String>> compute) {
    return searches.get("\0" + key, k -> compute.get());
  }

  /** The kept text of a file, or null when the file is absent or its text was not kept. */
  public String text(String path) {
    return contents.get(path);
  }

  /** "path:line" of the first match of {@code regex} in the kept text of {@code path}. */
  public Optional<String> firstMatch(String path, Pattern regex) {
    return firstMatch(path, regex, false);
  }

  /**
   * Like {@link #firstMatch}; with {@code inValue}, only a match in a setting's value counts: after
   * the line's '=' and not on a {@code [section]} line. {@code [tool.ruff]}, {@code [flake8]} and a
   * dependency line {@code black = "23.1"} name a tool; {@code lint = "ruff check ."} runs it.
   */
  private Optional<String> firstMatch(String path, Pattern regex, boolean inValue) {
    String text = contents.get(path);
    if (text == null || !RequiredLiterals.mayMatch(text, RequiredLiterals.needles(regex))) {
      return Optional.empty(); // most texts lack every literal a match needs: no regex to run
    }
    Matcher m = regex.matcher(text);
    while (m.find()) {
      if (!inValue || isInValue(text, m.start())) {
        return Optional.of(path + ":" + lineOf(text, m.start()));
      }
    }
    return Optional.empty();
  }

  private static boolean isInValue(String text, int at) {
    int start = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(start, at);
    return !before.strip().startsWith("[") && before.indexOf('=') >= 0;
  }

  private static int lineOf(String text, int at) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  /**
   * The first match in each file matching {@code glob} anywhere in the repository, in path order,
   * at most {@link #SEARCH_LIMIT}; answered once per scan.
   */
  public List<String> searchAll(String glob, Pattern regex) {
    return search(glob, regex, false);
  }

  /**
   * Every npm or Composer script whose command matches, repository-wide, as {@code script "name" in
   * path}; answered once per scan.
   */
  public List<String> searchScripts(Pattern regex) {
    return searches.get(
        "scripts\u0000" + regex.pattern() + "\u0000" + regex.flags(),
        k -> {
          List<String> out = new ArrayList<>();
          for (Manifest m : manifests) {
            m.scripts()
                .forEach(
                    (name, cmd) -> {
                      if (regex.matcher(cmd).find()) {
                        out.add("script \"" + name + "\" in " + m.path());
                      }
                    });
          }
          return List.copyOf(out);
        });
  }

  /** Like {@link #searchAll}, counting only matches in settings' values (see firstMatch). */
  public List<String> searchValues(String glob, Pattern regex) {
    return search(glob, regex, true);
  }

  private List<String> search(String glob, Pattern regex, boolean inValue) {
    return searches.get(
        glob + "\u0000" + regex.pattern() + "\u0000" + regex.flags() + "\u0000" + inValue,
        k -> {
          List<String> out = new ArrayList<>();
          for (FileEntry f : files.glob(glob)) {
            firstMatch(f.path(), regex, inValue).ifPresent(out::add);
            if (out.size() == SEARCH_LIMIT) {
              break;
            }
          }
          return List.copyOf(out);
        });
  }

  public List<ProbeHit> probe(String keyword) {
    if (!probeWords.contains(keyword)) {
      throw new IllegalArgumentException("not a probe word of this scan: " + keyword);
    }
    return probes.getOrDefault(keyword, List.of());
  }
}
