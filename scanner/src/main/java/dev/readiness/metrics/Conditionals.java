package dev.readiness.metrics;

/**
 * Conditional directives of C, C++ and C# ({@code #if}, {@code #ifdef}, {@code #ifndef}, {@code
 * #elif}, {@code #else}, {@code #endif}). The lexer reads one branch of each conditional, the first
 * one, or the next one after an {@code #if 0}: alternative branches often open the same brace
 * twice ({@code #ifdef A if (a) { #else if (b) { #endif}), which would leave every later function
 * unclosed. Lizard's preprocessor extension makes the same choice.
 */
final class Conditionals {
  /** A directive that is not a conditional, or not a directive at all. */
  static final int OTHER = 0;

  /** {@code #if}, {@code #ifdef}, {@code #ifndef}: opens a conditional. */
  static final int IF = 1;

  /** {@code #if 0}: opens a conditional whose first branch is never compiled. */
  static final int IF_ZERO = 2;

  /** {@code #elif}, {@code #else}: starts another branch. */
  static final int ELSE = 3;

  /** {@code #endif}: closes a conditional. */
  static final int ENDIF = 4;

  private Conditionals() {}

  /** The kind of the directive whose {@code '#'} is at {@code hash}. */
  static int kind(String src, int hash) {
    int p = CharClass.blanks(src, hash + 1);
    int end = p;
    while (end < src.length() && Character.isLetter(src.charAt(end))) {
      end++;
    }
    return switch (src.substring(p, end)) {
      case "if" -> isZero(src, CharClass.blanks(src, end)) ? IF_ZERO : IF;
      case "ifdef", "ifndef" -> IF;
      case "elif", "else", "elifdef", "elifndef" -> ELSE;
      case "endif" -> ENDIF;
      default -> OTHER;
    };
  }

  /**
   * Skips the branch that follows the directive line ending at {@code lineEnd} (its {@code '\n'}).
   * Returns the end of the line that closes the skip: the conditional's {@code #endif}, or with
   * {@code toNextBranch} the next {@code #elif} or {@code #else} at the same depth, whose branch is
   * then read. Nested conditionals inside the skipped text are skipped with it.
   */
  static int skipBranch(String src, int lineEnd, boolean toNextBranch) {
    int depth = 0;
    int p = lineEnd;
    boolean continued = false;
    while (p < src.length()) {
      int start = p + 1;
      int end = src.indexOf('\n', start);
      end = end < 0 ? src.length() : end;
      int first = CharClass.blanks(src, start);
      if (!continued && first < end && src.charAt(first) == '#') {
        int kind = kind(src, first);
        if (kind == IF || kind == IF_ZERO) {
          depth++;
        } else if (kind == ENDIF && depth-- == 0) {
          return end;
        } else if (kind == ELSE && depth == 0 && toNextBranch) {
          return end;
        }
      }
      continued = end > start && src.charAt(end - 1) == '\\';
      p = end;
    }
    return src.length();
  }

  private static boolean isZero(String src, int p) {
    if (p >= src.length() || src.charAt(p) != '0') {
      return false;
    }
    return p + 1 == src.length() || !Character.isLetterOrDigit(src.charAt(p + 1));
  }
}
