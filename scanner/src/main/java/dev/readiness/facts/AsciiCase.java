package dev.readiness.facts;

import java.util.regex.Pattern;

/**
 * Literal checks that ignore ASCII case only, the cheap filters run before globs and regexes
 * compiled with {@link Pattern#CASE_INSENSITIVE}: where they say no, such a pattern cannot match.
 */
final class AsciiCase {
  private AsciiCase() {}

  /**
   * ASCII characters from the most to the least common in source, paths and prose (letters by their
   * English frequency); a character not listed is rarer than all of them.
   */
  private static final String BY_FREQUENCY = " \n/etaoinsrlcd.hu_pm-fg=ybwv\"',:;()kx0123456789jqz";

  /** How common each ASCII character is: its place in {@link #BY_FREQUENCY} plus one, else 0. */
  private static final byte[] COMMONNESS = new byte[128];

  static {
    for (int i = 0; i < BY_FREQUENCY.length(); i++) {
      COMMONNESS[BY_FREQUENCY.charAt(i)] = (byte) (BY_FREQUENCY.length() - i);
    }
  }

  /**
   * Whether {@code text} contains {@code literal}, ignoring ASCII case; "" is everywhere. That is
   * the folding of {@link Pattern#CASE_INSENSITIVE} without Unicode case, so a regex or glob
   * compiled with it can only match where this says yes. The literal's rarest character is found
   * with the vectorised {@code indexOf}, once per case, and only there is the rest compared: a
   * first character such as the 'e' of "example" would stop the search at every other word.
   */
  static boolean contains(String text, String literal) {
    return contains(text, literal, rarest(literal));
  }

  /** As {@link #contains(String, String)}, with the literal's {@link #rarest} index given. */
  static boolean contains(String text, String literal, int anchor) {
    if (literal.isEmpty()) {
      return true;
    }
    char lower = foldAscii(literal.charAt(anchor));
    char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - 32) : lower;
    return containsAt(text, literal, anchor, lower)
        || (upper != lower && containsAt(text, literal, anchor, upper));
  }

  /**
   * The index of {@code literal}'s least common character (the first of equally rare ones); worth
   * working out once for a literal looked for in many texts.
   */
  static int rarest(String literal) {
    int best = 0;
    int bestCommonness = Integer.MAX_VALUE;
    for (int i = 0; i < literal.length(); i++) {
      char c = foldAscii(literal.charAt(i));
      int commonness = c < COMMONNESS.length ? COMMONNESS[c] : 0;
      if (commonness < bestCommonness) {
        best = i;
        bestCommonness = commonness;
      }
    }
    return best;
  }

  /**
   * Whether {@code text[0, end)} contains {@code literal}, ignoring ASCII case. The window is cut
   * out first: {@code indexOf} cannot stop at its end, and a letter missing from a short header
   * would send it through the whole file.
   */
  static boolean contains(String text, int end, String literal) {
    return contains(end < text.length() ? text.substring(0, end) : text, literal);
  }

  /** Whether {@code literal} occurs where {@code text} has {@code c} at offset {@code anchor}. */
  private static boolean containsAt(String text, String literal, int anchor, char c) {
    int last = text.length() - literal.length() + anchor;
    for (int i = text.indexOf(c, anchor); i >= 0 && i <= last; i = text.indexOf(c, i + 1)) {
      if (foldedEquals(text, i - anchor, literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code from} holds {@code literal}, ignoring ASCII case. */
  private static boolean foldedEquals(String text, int from, String literal) {
    for (int k = 0; k < literal.length(); k++) {
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
