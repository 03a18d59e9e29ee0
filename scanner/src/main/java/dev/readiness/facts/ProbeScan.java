package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * One Aho-Corasick pass over a file's text that finds every probe keyword and every secret anchor
 * at once, so that adding probes does not add passes over the repository.
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

  private static final Trie TRIE = Trie.builder().addKeywords(Probes.allKeywords()).build();

  static ProbeScan of(String path, String text, Language language) {
    int[] lineStarts = null;
    Map<String, ProbeHit> first = new LinkedHashMap<>();
    Set<Integer> secretLines = new HashSet<>();
    for (Emit emit : TRIE.parseText(text)) {
      String keyword = emit.getKeyword();
      boolean probe = Probes.isProbe(keyword) && Probes.countsIn(keyword, language);
      boolean anchor = Probes.isSecretAnchor(keyword);
      if (!anchor && (!probe || first.containsKey(keyword))) {
        continue;
      }
      if (lineStarts == null) {
        lineStarts = lineStarts(text);
      }
      int line = lineOf(lineStarts, emit.getStart());
      if (probe) {
        first.putIfAbsent(keyword, new ProbeHit(keyword, path, line));
      }
      if (anchor) {
        secretLines.add(line);
      }
    }
    List<ProbeHit> hits =
        first.size() >= KEYWORD_TABLE ? List.of() : new ArrayList<>(first.values());
    return new ProbeScan(hits, secretLines, lineStarts);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int lineOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
