package dev.readiness.facts;

import java.util.regex.Pattern;

/**
 * Literal checks that ignore ASCII case only, the cheap filters run before globs and regexes
 * compiled with {@link Pattern#CASE_INSENSITIVE}: where they say no, such a pattern cannot match.
 */
final class AsciiCase {
  private AsciiCase() {}

  /**
   * Whether {@code text} contains {@code literal}, ignoring ASCII case; "" is everywhere. That is
   * the folding of {@link Pattern#CASE_INSENSITIVE} without Unicode case, so a regex or glob
   * compiled with it can only match where this says yes. The first character is found with the
   * vectorised {@code indexOf}, once per case; the rest is compared in a plain loop.
   */
  static boolean contains(String text, String literal) {
    if (literal.isEmpty()) {
      return true;
    }
    char lower = foldAscii(literal.charAt(0));
    char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - 32) : lower;
    return containsFrom(text, literal, lower)
        || (upper != lower && containsFrom(text, literal, upper));
  }

  /**
   * Whether {@code text[0, end)} contains {@code literal}, ignoring ASCII case. The window is cut
   * out first: {@code indexOf} cannot stop at its end, and a letter missing from a short header
   * would send it through the whole file.
   */
  static boolean contains(String text, int end, String literal) {
    return contains(end < text.length() ? text.substring(0, end) : text, literal);
  }

  private static boolean containsFrom(String text, String literal, char first) {
    int last = text.length() - literal.length();
    for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
      if (foldedEquals(text, i, literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code from} holds {@code literal} but for its first character. */
  private static boolean foldedEquals(String text, int from, String literal) {
    for (int k = 1; k < literal.length(); k++) {
      char a = text.charAt(from + k);
      char b = literal.charAt(k);
      if (a != b && foldAscii(a) != foldAscii(b)) {
        return false;
      }
    }
    return true;
  }

  private static char foldAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
