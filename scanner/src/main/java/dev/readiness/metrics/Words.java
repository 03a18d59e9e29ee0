package dev.readiness.metrics;

/**
 * The identifiers of one source file, interned: a word that recurs (a variable, a keyword) is cut
 * out of the source and hashed once, and every later occurrence shares that string, so the function
 * finders' keyword lookups reuse its cached hash instead of allocating and hashing again.
 */
final class Words {
  private String[] table = new String[512];
  private int size;

  /** The word {@code src[start, end)}, shared with its earlier occurrences. */
  String of(String src, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + src.charAt(i);
    }
    int length = end - start;
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    while (true) {
      String known = table[slot];
      if (known == null) {
        return add(src.substring(start, end), slot);
      }
      if (known.length() == length && src.regionMatches(start, known, 0, length)) {
        return known;
      }
      slot = (slot + 1) & mask;
    }
  }

  private String add(String word, int slot) {
    table[slot] = word;
    if (++size * 2 > table.length) {
      grow();
    }
    return word;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String word : old) {
      if (word != null) {
        int slot = spread(word.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = word;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
