package dev.readiness.metrics;

import java.util.Arrays;

/**
 * The identifiers of one source file, interned: a word that recurs (a variable, a keyword) is cut
 * out of the source, hashed and classified once ({@link Keywords#bitsOf}), and every later
 * occurrence shares that string and those keyword bits, so the function finders test keyword sets
 * with a mask instead of a set lookup per token.
 */
final class Words {
  /** Word id + 1 per hash slot; 0 when the slot is empty. */
  private int[] slots = new int[512];

  private String[] words = new String[256];
  private long[] bits = new long[256];
  private int size;

  /** The id of the word {@code src[start, end)}, shared with its earlier occurrences. */
  int of(String src, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + src.charAt(i);
    }
    int length = end - start;
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (true) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return add(src.substring(start, end), slot);
      }
      String known = words[id];
      if (known.length() == length && src.regionMatches(start, known, 0, length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  String word(int id) {
    return words[id];
  }

  /** The {@link Keywords} bits of the word. */
  long bits(int id) {
    return bits[id];
  }

  private int add(String word, int slot) {
    int id = size++;
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
      bits = Arrays.copyOf(bits, id * 2);
    }
    words[id] = word;
    bits[id] = Keywords.bitsOf(word);
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      grow();
    }
    return id;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = spread(words[id].hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
