package dev.readiness.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A compact token stream: comments removed, every string literal collapsed to one token.
 * Identifiers are offsets into the source, cut out only when a finder asks for their text (a
 * function's name); punctuation is a code (the ASCII character, or one of {@link #MULTI}), so a
 * token carries no object reference at all.
 */
final class Tokens {
  static final byte IDENT = 0;
  static final byte PUNCT = 1;
  static final byte STRING = 2;
  static final byte NUMBER = 3;

  /** Multi-character operators; the code of the i-th is {@code 128 + i}. */
  static final List<String> MULTI =
      List.of("&&=", "||=", "??=", "&&", "||", "->", "=>", "::", "??", "?.");

  static final char AND_AND = multiCode("&&");
  static final char OR_OR = multiCode("||");
  static final char FAT_ARROW = multiCode("=>");

  /** The code of a punctuation character outside ASCII, whose text is kept in {@link #texts}. */
  private static final char OTHER = Character.MAX_VALUE;

  /** Interned texts of punctuation codes, so that comparing with a literal hits on identity. */
  private static final String[] PUNCT_TEXT = new String[128 + MULTI.size()];

  static {
    for (char c = 0; c < 128; c++) {
      PUNCT_TEXT[c] = String.valueOf(c).intern();
    }
    for (int i = 0; i < MULTI.size(); i++) {
      PUNCT_TEXT[128 + i] = MULTI.get(i).intern();
    }
  }

  /**
   * Buffers kept per thread between files, so that lexing a file allocates no token arrays; a
   * buffer grown past this many tokens (a huge file) is dropped instead of kept.
   */
  private static final int POOLED_CAPACITY = 1 << 16;

  private static final ThreadLocal<Tokens> POOL = new ThreadLocal<>();

  private String src;

  byte[] kinds = new byte[256];

  /** Identifier names cut so far, and punctuation outside ASCII; null everywhere else. */
  private String[] texts = new String[256];

  /** Indexes of the non-null {@link #texts}, cleared on release. */
  private int[] written = new int[16];

  private int writtenCount;

  /** {@link #matchParens()}'s buffers, kept with the rest. */
  private int[] match = new int[0];

  private int[] stack = new int[1];

  /** Punctuation codes; 0 for other tokens. */
  char[] codes = new char[256];

  int[] starts = new int[256];
  int[] ends = new int[256];
  int[] lines = new int[256];
  int[] indents = new int[256];
  boolean[] lineStarts = new boolean[256];

  /** {@link Keywords} bits of identifiers; 0 for every other token. */
  long[] bits = new long[256];

  int size;

  private static char multiCode(String operator) {
    return (char) (128 + MULTI.indexOf(operator));
  }

  private Tokens(String src) {
    this.src = src;
  }

  /**
   * An empty stream over {@code src}: this thread's pooled buffers when free. Hand it back with
   * {@link #release()} once the finder is done; nothing may keep it after that.
   */
  static Tokens over(String src) {
    Tokens pooled = POOL.get();
    if (pooled == null) {
      return new Tokens(src);
    }
    POOL.remove();
    pooled.src = src;
    return pooled;
  }

  /** Clears the stream and returns its buffers to this thread's pool. */
  void release() {
    for (int k = 0; k < writtenCount; k++) {
      texts[written[k]] = null; // names cut from the source must not outlive it
    }
    writtenCount = 0;
    size = 0;
    src = null;
    if (kinds.length <= POOLED_CAPACITY) {
      POOL.set(this);
    }
  }

  /** Adds an identifier {@code src[start, end)}. */
  void addIdent(int start, int end, long keywordBits, int line, boolean lineStart, int indent) {
    add(IDENT, (char) 0, keywordBits, line, lineStart, indent);
    starts[size - 1] = start;
    ends[size - 1] = end;
  }

  /** Adds the punctuation character {@code c}. */
  void addPunct(char c, int line, boolean lineStart, int indent) {
    if (c < 128) {
      add(PUNCT, c, 0L, line, lineStart, indent);
    } else {
      add(PUNCT, OTHER, 0L, line, lineStart, indent);
      remember(size - 1, String.valueOf(c));
    }
  }

  /** Adds the {@code i}-th of {@link #MULTI}. */
  void addMulti(int i, int line, boolean lineStart, int indent) {
    add(PUNCT, (char) (128 + i), 0L, line, lineStart, indent);
  }

  /** Adds a string or number literal. */
  void addLiteral(byte kind, int line, boolean lineStart, int indent) {
    add(kind, (char) 0, 0L, line, lineStart, indent);
  }

  private void add(
      byte kind, char code, long keywordBits, int line, boolean lineStart, int indent) {
    if (size == kinds.length) {
      grow();
    }
    kinds[size] = kind;
    codes[size] = code;
    lines[size] = line;
    lineStarts[size] = lineStart;
    bits[size] = keywordBits;
    indents[size] = indent;
    size++;
  }

  private void remember(int i, String text) {
    if (writtenCount == written.length) {
      written = Arrays.copyOf(written, writtenCount * 2);
    }
    written[writtenCount++] = i;
    texts[i] = text;
  }

  private void grow() {
    int n = size * 2;
    kinds = Arrays.copyOf(kinds, n);
    codes = Arrays.copyOf(codes, n);
    texts = Arrays.copyOf(texts, n);
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    lines = Arrays.copyOf(lines, n);
    indents = Arrays.copyOf(indents, n);
    lineStarts = Arrays.copyOf(lineStarts, n);
    bits = Arrays.copyOf(bits, n);
  }

  /**
   * Whether identifier {@code i} is glued to a single ':' on either side: a Ruby symbol ({@code
   * :class}) or a hash key or keyword argument ({@code end:}), never a keyword. {@code ::} is not.
   */
  boolean isSymbolOrLabel(int i) {
    int start = starts[i];
    int end = ends[i];
    boolean symbol =
        start > 0 && src.charAt(start - 1) == ':' && (start < 2 || src.charAt(start - 2) != ':');
    boolean label =
        end < src.length()
            && src.charAt(end) == ':'
            && (end + 1 == src.length() || src.charAt(end + 1) != ':');
    return symbol || label;
  }

  /** The text of token {@code i}; an identifier's is cut from the source once. */
  String text(int i) {
    return switch (kinds[i]) {
      case PUNCT -> punct(i);
      case IDENT -> {
        String s = texts[i];
        if (s == null) {
          s = src.substring(starts[i], ends[i]);
          remember(i, s);
        }
        yield s;
      }
      case NUMBER -> "0";
      default -> "";
    };
  }

  /** The text of punctuation token {@code i}: an interned literal. */
  String punct(int i) {
    char c = codes[i];
    return c == OTHER ? texts[i] : PUNCT_TEXT[c];
  }

  /** Whether token {@code i} is the punctuation character {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == PUNCT && codes[i] == c;
  }

  boolean is(int i, String text) {
    if (i < 0 || i >= size) {
      return false;
    }
    if (kinds[i] != IDENT) {
      return text(i).equals(text); // interned literals: equals answers on identity
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

  /**
   * For every '(' and ')' the index of its partner, or -1 when unbalanced (only indexes below
   * {@link #size} are meaningful: the array is this buffer's own, reused for the next file).
   */
  int[] matchParens() {
    if (match.length < size) {
      match = new int[kinds.length];
      stack = new int[kinds.length + 1];
    }
    Arrays.fill(match, 0, size, -1);
    int top = 0;
    for (int i = 0; i < size; i++) {
      if (kinds[i] != PUNCT) {
        continue;
      }
      char p = codes[i];
      if (p == '(') {
        stack[top++] = i;
      } else if (p == ')' && top > 0) {
        int open = stack[--top];
        match[open] = i;
        match[i] = open;
      }
    }
    return match;
  }
}
