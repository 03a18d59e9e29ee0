package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@link ProbeMatcher} pass over a file's text that finds every probe word and every secret
 * anchor at once, so that adding probes does not add passes over the repository.
 *
 * <p>A file that mentions {@value #KEYWORD_TABLE} or more distinct probe keywords is a keyword
 * table (a linter's rule list, a scanner's own catalog, generated docs), not code that uses them:
 * its probe hits are dropped. Application files mention a handful at most.
 */
record ProbeScan(List<ProbeHit> hits, Set<Integer> secretLines, int[] lineStarts) {
  static final int KEYWORD_TABLE = 10;

  /** The text of 1-based {@code line}, cut from {@code text} without splitting the whole file. */
  String line(String text, int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, Math.max(start, end));
  }

  private static final KeywordMatcher SECRET_ANCHORS =
      new KeywordMatcher(ProbeMatcher.secretAnchors());

  /**
   * Only the lines with secret anchors, for text that feeds no probe (a blob of the history): a
   * matcher of a few dozen anchors instead of every probe keyword.
   */
  static ProbeScan secretsOnly(String text) {
    int[] starts = lineStarts(text);
    Set<Integer> lines = new HashSet<>();
    SECRET_ANCHORS.scan(
        text,
        (k, start) -> {
          int at = Arrays.binarySearch(starts, start);
          lines.add(at >= 0 ? at + 1 : -at - 1);
        });
    return new ProbeScan(List.of(), lines, starts);
  }

  static ProbeScan of(String path, String text, Language language, ProbeMatcher probes) {
    Collector collector = new Collector(path, text, language, probes);
    probes.matcher.scan(text, collector);
    return collector.result();
  }

  /** Turns matcher hits into the first hit per probe keyword and the lines with secret anchors. */
  private static final class Collector implements KeywordMatcher.Hits {
    private final String path;
    private final String text;
    private final Language language;
    private final ProbeMatcher probes;
    private final boolean[] seen;
    private final List<ProbeHit> first = new ArrayList<>();
    private final Set<Integer> secretLines = new HashSet<>();
    private int[] lineStarts;

    /** The 0-based line of the latest hit: hits arrive in offset order, so lines only move on. */
    private int lineIndex;

    Collector(String path, String text, Language language, ProbeMatcher probes) {
      this.path = path;
      this.text = text;
      this.language = language;
      this.probes = probes;
      this.seen = new boolean[probes.matcher.size()];
    }

    @Override
    public void hit(int k, int start) {
      boolean probe = probes.probe[k] && !seen[k] && probes.countsIn(k, language);
      boolean anchor = probes.anchor[k];
      if (!probe && !anchor) {
        return;
      }
      if (lineStarts == null) {
        lineStarts = lineStarts(text);
      }
      while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1] <= start) {
        lineIndex++;
      }
      int line = lineIndex + 1;
      if (probe) {
        seen[k] = true;
        first.add(new ProbeHit(probes.matcher.keyword(k), path, line));
      }
      if (anchor) {
        secretLines.add(line);
      }
    }

    ProbeScan result() {
      List<ProbeHit> hits = first.size() >= KEYWORD_TABLE ? List.of() : first;
      return new ProbeScan(hits, secretLines, lineStarts);
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1; // indexOf is vectorised: much faster than a charAt loop
    }
    return Arrays.copyOf(starts, n);
  }
}
