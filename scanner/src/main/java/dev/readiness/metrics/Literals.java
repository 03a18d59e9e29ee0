package dev.readiness.metrics;

/**
 * Where multi-line and delimited literals end: template strings (JavaScript, Go, Ruby), C# verbatim
 * strings, regex literals (JavaScript, Ruby) and Ruby's percent literals ({@code %i[def class]},
 * {@code %w(a b)}, {@code %r{x}}, {@code %(text)}), so that the words inside them are never taken
 * for keywords. The lexer counts the lines they span.
 */
final class Literals {
  private static final String PERCENT_KINDS = "qQwWiIrsx";

  private Literals() {}

  /**
   * The index after the template string whose backtick is at {@code tick}. JavaScript's ({@code
   * raw} false) have escapes and {@code ${...}} substitutions, which may hold backticks; Go's raw
   * strings and Ruby's commands end at the next backtick.
   */
  static int templateEnd(String src, int tick, boolean raw) {
    int depth = 0;
    for (int i = tick + 1; i < src.length(); i++) {
      char ch = src.charAt(i);
      if (ch == '\\' && !raw) {
        i++;
      } else if (!raw && ch == '$' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (depth > 0 && ch == '}') {
        depth--;
      } else if (depth == 0 && ch == '`') {
        return i + 1;
      }
    }
    return src.length();
  }

  /** The index after the C# verbatim string whose quote is at {@code quote} ("" is a quote). */
  static int verbatimEnd(String src, int quote) {
    for (int i = quote + 1; i < src.length(); i++) {
      if (src.charAt(i) == '"') {
        if (i + 1 < src.length() && src.charAt(i + 1) == '"') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return src.length();
  }

  /** The index after the regex that opens at {@code slash} and its flags; -1 past a line end. */
  static int regexEnd(String src, int slash) {
    int i = slash + 1;
    boolean inClass = false;
    while (i < src.length()) {
      char ch = src.charAt(i);
      if (ch == '\n' || ch == '\\' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
        return -1; // a regex literal ends on its line
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
