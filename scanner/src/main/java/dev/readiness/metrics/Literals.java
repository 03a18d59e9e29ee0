package dev.readiness.metrics;

/**
 * Where regex literals (JavaScript, Ruby) and Ruby's percent literals ({@code %i[def class]},
 * {@code %w(a b)}, {@code %r{x}}, {@code %(text)}) end, so that the words inside them are never
 * taken for keywords. Each method answers -1 when the text at the given offset is an operator.
 */
final class Literals {
  private static final String PERCENT_KINDS = "qQwWiIrsx";

  private Literals() {}

  /** The index after the regex that opens at {@code slash} and its flags; -1 past a line end. */
  static int regexEnd(String src, int slash) {
    int i = slash + 1;
    boolean inClass = false;
    while (i < src.length()) {
      char ch = src.charAt(i);
      if (ch == '\n') {
        return -1;
      }
      if (ch == '\\') {
        i += 2;
        continue;
      }
      if (ch == '[') {
        inClass = true;
      } else if (ch == ']') {
        inClass = false;
      } else if (ch == '/' && !inClass) {
        break;
      }
      i++;
    }
    i++;
    while (i < src.length() && Character.isLetter(src.charAt(i))) {
      i++;
    }
    return Math.min(i, src.length());
  }

  /**
   * The index after the Ruby percent literal that opens at {@code percent}. With a kind letter
   * ({@code %w[}) it always is one; a bare {@code %(} only where a value may start ({@code
   * valuePosition}), since {@code a %(b)} after a value is a modulo.
   */
  static int percentEnd(String src, int percent, boolean valuePosition) {
    int d = percent + 1;
    if (d < src.length() && PERCENT_KINDS.indexOf(src.charAt(d)) >= 0) {
      d++;
    } else if (!valuePosition) {
      return -1;
    }
    if (d >= src.length()) {
      return -1;
    }
    char open = src.charAt(d);
    if (Character.isLetterOrDigit(open) || Character.isWhitespace(open) || open == '=') {
      return -1;
    }
    char close = closing(open);
    int depth = 1;
    for (int i = d + 1; i < src.length(); i++) {
      char ch = src.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == close && --depth == 0) {
        return i + 1;
      } else if (ch == open && open != close) {
        depth++;
      }
    }
    return src.length();
  }

  private static char closing(char open) {
    return switch (open) {
      case '(' -> ')';
      case '[' -> ']';
      case '{' -> '}';
      case '<' -> '>';
      default -> open;
    };
  }
}
