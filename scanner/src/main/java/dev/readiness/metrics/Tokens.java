package dev.readiness.metrics;

import java.util.Arrays;

/** A compact token stream: comments removed, every string literal collapsed to one token. */
final class Tokens {
  static final byte IDENT = 0;
  static final byte PUNCT = 1;
  static final byte STRING = 2;
  static final byte NUMBER = 3;

  byte[] kinds = new byte[256];
  String[] texts = new String[256];
  int[] lines = new int[256];
  int[] indents = new int[256];
  boolean[] lineStarts = new boolean[256];

  /** {@link Keywords} bits of identifiers; 0 for every other token. */
  long[] bits = new long[256];

  int size;

  void add(byte kind, String text, long keywordBits, int line, boolean lineStart, int indent) {
    if (size == kinds.length) {
      int n = size * 2;
      kinds = Arrays.copyOf(kinds, n);
      texts = Arrays.copyOf(texts, n);
      lines = Arrays.copyOf(lines, n);
      indents = Arrays.copyOf(indents, n);
      lineStarts = Arrays.copyOf(lineStarts, n);
      bits = Arrays.copyOf(bits, n);
    }
    kinds[size] = kind;
    texts[size] = text;
    lines[size] = line;
    lineStarts[size] = lineStart;
    bits[size] = keywordBits;
    indents[size] = indent;
    size++;
  }

  boolean is(int i, String text) {
    return i >= 0 && i < size && texts[i].equals(text);
  }

  /** Whether token {@code i} is a word in the {@link Keywords} set {@code bit}. */
  boolean has(int i, long bit) {
    return i >= 0 && i < size && (bits[i] & bit) != 0;
  }

  boolean isIdent(int i) {
    return i >= 0 && i < size && kinds[i] == IDENT;
  }

  /** For every '(' and ')' the index of its partner, or -1 when unbalanced. */
  int[] matchParens() {
    int[] match = new int[size];
    Arrays.fill(match, -1);
    int[] stack = new int[size + 1];
    int top = 0;
    for (int i = 0; i < size; i++) {
      if (kinds[i] != PUNCT) {
        continue;
      }
      if ("(".equals(texts[i])) {
        stack[top++] = i;
      } else if (")".equals(texts[i]) && top > 0) {
        int open = stack[--top];
        match[open] = i;
        match[i] = open;
      }
    }
    return match;
  }
}
