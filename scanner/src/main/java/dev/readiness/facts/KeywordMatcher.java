package dev.readiness.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of ASCII keywords in one pass over a text. It runs over
 * every byte of every analysed file, so the common case is kept to one table lookup: the trie state
 * after a position's first two characters comes from a table (0 for most pairs), and most of the
 * rest stop at the third character without a call. Keywords have at least two characters.
 *
 * <p>Characters that occur in no keyword share one class, so the trie has one column per distinct
 * keyword character plus one.
 */
final class KeywordMatcher {
  /** Receives the index (into the constructor's list) and start offset of each occurrence. */
  @FunctionalInterface
  interface Hits {
    void hit(int keyword, int start);
  }

  private static final int ASCII = 128;

  private final String[] keywords;
  private final byte[] classOf = new byte[ASCII];

  /** The trie state after each pair of ASCII characters that begins a keyword, else 0. */
  private final char[] afterTwo = new char[ASCII * ASCII];

  private final int width;
  private final int[] children;
  private final int[][] ends;

  KeywordMatcher(List<String> keywords) {
    this.keywords = keywords.toArray(String[]::new);
    this.width = assignClasses();
    List<int[]> rows = new ArrayList<>();
    List<int[]> outputs = new ArrayList<>();
    rows.add(emptyRow());
    outputs.add(null);
    for (int k = 0; k < this.keywords.length; k++) {
      String word = this.keywords[k];
      int state = 0;
      for (int i = 0; i < word.length(); i++) {
        int c = classOf[word.charAt(i)];
        if (rows.get(state)[c] == 0) {
          rows.get(state)[c] = rows.size();
          rows.add(emptyRow());
          outputs.add(null);
        }
        state = rows.get(state)[c];
      }
      outputs.set(state, append(outputs.get(state), k));
    }
    this.children = new int[rows.size() * width];
    for (int s = 0; s < rows.size(); s++) {
      System.arraycopy(rows.get(s), 0, children, s * width, width);
    }
    this.ends = outputs.toArray(int[][]::new);
    if (rows.size() > Character.MAX_VALUE) {
      throw new IllegalArgumentException("too many keyword prefixes");
    }
    for (String word : this.keywords) {
      int first = children[classOf[word.charAt(0)]];
      afterTwo[word.charAt(0) * ASCII + word.charAt(1)] =
          (char) children[first * width + classOf[word.charAt(1)]];
    }
  }

  String keyword(int index) {
    return keywords[index];
  }

  int size() {
    return keywords.length;
  }

  /** Reports every occurrence, overlapping ones included, in order of their start offset. */
  void scan(String text, Hits hits) {
    int last = text.length() - 1;
    char next = last >= 0 ? text.charAt(0) : 0;
    for (int i = 0; i < last; i++) {
      char c = next;
      next = text.charAt(i + 1);
      int state = (c | next) < ASCII ? afterTwo[c * ASCII + next] : 0;
      if (state == 0) {
        continue;
      }
      report(state, i, hits);
      if (i + 2 <= last) {
        char third = text.charAt(i + 2);
        state = third < ASCII ? children[state * width + classOf[third]] : 0;
        if (state != 0) {
          walk(text, i, state, hits);
        }
      }
    }
  }

  /** Goes on from the trie state that the three characters at {@code start} reached. */
  private void walk(String text, int start, int afterThree, Hits hits) {
    int state = afterThree;
    for (int j = start + 3; state != 0; j++) {
      report(state, start, hits);
      if (j == text.length()) {
        return;
      }
      char c = text.charAt(j);
      state = c < ASCII ? children[state * width + classOf[c]] : 0;
    }
  }

  private void report(int state, int start, Hits hits) {
    int[] found = ends[state];
    if (found != null) {
      for (int k : found) {
        hits.hit(k, start);
      }
    }
  }

  private int[] emptyRow() {
    return new int[width];
  }

  private int assignClasses() {
    int classes = 1;
    for (String k : keywords) {
      if (k.length() < 2) {
        throw new IllegalArgumentException("keyword shorter than two characters: " + k);
      }
      for (int i = 0; i < k.length(); i++) {
        char c = k.charAt(i);
        if (c >= ASCII) {
          throw new IllegalArgumentException("keyword is not ASCII: " + k);
        }
        if (classOf[c] == 0) {
          classOf[c] = (byte) classes++;
        }
      }
    }
    if (classes > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("too many distinct keyword characters");
    }
    return classes;
  }

  private static int[] append(int[] list, int value) {
    int[] out = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
    out[out.length - 1] = value;
    return out;
  }
}
