package dev.readiness.metrics;

import java.util.Arrays;

/**
 * A compact token stream: comments removed, every string literal collapsed to one token.
 * Identifiers are offsets into the source, cut out only when a finder asks for their text (a
 * function's name); punctuation, strings and numbers carry shared literal strings.
 */
final class Tokens {
  static final byte IDENT = 0;
  static final byte PUNCT = 1;
  static final byte STRING = 2;
  static final byte NUMBER = 3;

  private final String src;

  byte[] kinds = new byte[256];

  /** The token's text: a shared literal, or null for an identifier not yet asked for. */
  String[] texts = new String[256];

  int[] starts = new int[256];
  int[] ends = new int[256];
  int[] lines = new int[256];
  int[] indents = new int[256];
  boolean[] lineStarts = new boolean[256];

  /** {@link Keywords} bits of identifiers; 0 for every other token. */
  long[] bits = new long[256];

  int size;

  Tokens(String src) {
    this.src = src;
  }

  /** Adds an identifier {@code src[start, end)}. */
  void addIdent(int start, int end, long keywordBits, int line, boolean lineStart, int indent) {
    add(IDENT, null, keywordBits, line, lineStart, indent);
    starts[size - 1] = start;
    ends[size - 1] = end;
  }

  void add(byte kind, String text, long keywordBits, int line, boolean lineStart, int indent) {
    if (size == kinds.length) {
      grow();
    }
    kinds[size] = kind;
    texts[size] = text;
    lines[size] = line;
    lineStarts[size] = lineStart;
    bits[size] = keywordBits;
    indents[size] = indent;
    size++;
  }

  private void grow() {
    int n = size * 2;
    kinds = Arrays.copyOf(kinds, n);
    texts = Arrays.copyOf(texts, n);
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    lines = Arrays.copyOf(lines, n);
    indents = Arrays.copyOf(indents, n);
    lineStarts = Arrays.copyOf(lineStarts, n);
    bits = Arrays.copyOf(bits, n);
  }

  /** The text of token {@code i}; an identifier's is cut from the source once. */
  String text(int i) {
    String s = texts[i];
    if (s == null) {
      s = src.substring(starts[i], ends[i]);
      texts[i] = s;
    }
    return s;
  }

  boolean is(int i, String text) {
    if (i < 0 || i >= size) {
      return false;
    }
    String s = texts[i];
    if (s != null) {
      return s.equals(text); // shared literals: equals answers on identity
    }
    int length = ends[i] - starts[i];
    return length == text.length() && src.regionMatches(starts[i], text, 0, length);
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
      String p = texts[i];
      if ("(".equals(p)) {
        stack[top++] = i;
      } else if (")".equals(p) && top > 0) {
        int open = stack[--top];
        match[open] = i;
        match[i] = open;
      }
    }
    return match;
  }
}
