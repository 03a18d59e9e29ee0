package dev.readiness.metrics;

/**
 * Ruby heredocs ({@code <<~ID}, {@code <<-ID}, {@code <<ID}, with optional quotes) and PHP heredocs
 * and nowdocs ({@code <<<ID}, {@code <<<'ID'}). The body runs from the line after the opener to a
 * line holding the identifier. It is text: RuboCop's specs, for one, are full of Ruby samples in
 * heredocs, whose {@code def}s and {@code end}s are no code.
 */
final class Heredocs {
  /**
   * An opener.
   *
   * @param end the index just after it, where lexing goes on
   * @param id the identifier that closes the body
   * @param indented whether the closing identifier may be indented
   */
  record Opener(int end, String id, boolean indented) {}

  private Heredocs() {}

  /** The heredoc opener at {@code pos} (a '<'), or null when the '<' is an operator. */
  static Opener at(String src, int pos, Language lang) {
    if (!src.startsWith("<<", pos)) {
      return null;
    }
    if (lang.has(Lexis.PHP_HEREDOCS)) {
      return src.startsWith("<<<", pos)
          ? identifier(src, CharClass.blanks(src, pos + 3), true, false)
          : null;
    }
    if (!lang.has(Lexis.RUBY_HEREDOCS)) {
      return null;
    }
    int p = pos + 2;
    boolean indented = p < src.length() && (src.charAt(p) == '~' || src.charAt(p) == '-');
    // plain "<<" must be followed by a capital or a quote: "a << b" and "a <<b" are appends
    return identifier(src, indented ? p + 1 : p, indented, !indented);
  }

  /**
   * From the '\n' that ends the opener's line, the index of the '\n' that ends the closing line (or
   * the end of the text when the body is never closed).
   */
  static int bodyEnd(String src, int lineEnd, Opener opener) {
    int p = lineEnd;
    while (p < src.length()) {
      int start = p + 1;
      int end = src.indexOf('\n', start);
      end = end < 0 ? src.length() : end;
      if (closes(src, start, end, opener)) {
        return end;
      }
      p = end;
    }
    return src.length();
  }

  private static boolean closes(String src, int start, int end, Opener opener) {
    int p = opener.indented() ? CharClass.blanks(src, start) : start;
    if (!src.startsWith(opener.id(), p)) {
      return false;
    }
    int after = p + opener.id().length();
    if (after < end && CharClass.isIdentifierPart(src.charAt(after))) {
      return false; // "RUBYISH" does not close "RUBY"
    }
    return true;
  }

  private static Opener identifier(String src, int from, boolean indented, boolean capital) {
    if (from >= src.length()) {
      return null;
    }
    char quote = src.charAt(from);
    boolean quoted = quote == '\'' || quote == '"' || quote == '`';
    int start = quoted ? from + 1 : from;
    int end = start;
    while (end < src.length() && CharClass.isIdentifierPart(src.charAt(end))) {
      end++;
    }
    if (end == start || Character.isDigit(src.charAt(start))) {
      return null;
    }
    if (capital && !quoted && !Character.isUpperCase(src.charAt(start))) {
      return null;
    }
    if (quoted && (end >= src.length() || src.charAt(end) != quote)) {
      return null;
    }
    return new Opener(quoted ? end + 1 : end, src.substring(start, end), indented);
  }
}
