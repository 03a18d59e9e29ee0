package dev.readiness.metrics;

/**
 * What an ASCII character can start or continue in source text, as tables, so the lexer's loop over
 * every character of a file is one array load per character.
 */
final class CharClass {
  static final byte NEWLINE = 0;
  static final byte BLANK = 1;
  static final byte WORD = 2;
  static final byte DIGIT = 3;
  static final byte PUNCT = 4;

  /** May open a comment or a string in some language: the full, slower check. */
  static final byte SPECIAL = 5;

  private static final String MAY_OPEN = "/#\"'`@=%";

  /** ASCII letters, digits, '_' and '$'. */
  private static final boolean[] IDENTIFIER_PART = new boolean[128];

  /** ASCII characters that start a Java identifier: letters, '_' and '$'. */
  private static final boolean[] IDENTIFIER_START = new boolean[128];

  /** ASCII characters a number literal continues with: letters, digits and '_'. */
  private static final boolean[] NUMBER_PART = new boolean[128];

  /** What an ASCII character starts, whatever the language. */
  private static final byte[] ACTION = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      IDENTIFIER_PART[c] = Character.isLetterOrDigit(c) || c == '_' || c == '$';
      IDENTIFIER_START[c] = Character.isJavaIdentifierStart(c);
      NUMBER_PART[c] = Character.isLetterOrDigit(c) || c == '_';
      ACTION[c] = classify(c);
    }
  }

  private CharClass() {}

  /** What {@code c} starts; anything outside ASCII is {@link #SPECIAL}. */
  static byte action(char c) {
    return c < 128 ? ACTION[c] : SPECIAL;
  }

  static boolean isIdentifierPart(char c) {
    return c < 128 ? IDENTIFIER_PART[c] : Character.isJavaIdentifierPart(c);
  }

  /** The first index at or after {@code from} that is not a space or a tab. */
  static int blanks(String src, int from) {
    int p = from;
    while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  static boolean isNumberPart(char c) {
    return c < 128 ? NUMBER_PART[c] : Character.isLetterOrDigit(c);
  }

  private static byte classify(char c) {
    if (c == '\n') {
      return NEWLINE;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
      return BLANK;
    }
    if (IDENTIFIER_START[c]) {
      return WORD; // no comment or string opens with a letter, '_' or '$'
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    return MAY_OPEN.indexOf(c) >= 0 ? SPECIAL : PUNCT;
  }
}
