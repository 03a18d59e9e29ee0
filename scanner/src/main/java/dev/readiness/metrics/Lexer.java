package dev.readiness.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns source text into {@link Tokens}. It knows each language's comments, string forms
 * (triple-quoted, raw, verbatim, template), char literals versus Rust lifetimes, JavaScript regex
 * literals and C preprocessor lines, so that braces and keywords inside them are never counted; of
 * each preprocessor conditional it reads one branch ({@link Conditionals}); Ruby and PHP heredoc
 * bodies, regex and percent literals are text ({@link Heredocs}, {@link Literals}).
 */
final class Lexer {
  /** Ruby words after which a '/' or '%' opens a literal instead of dividing. */
  private static final Set<String> RUBY_REGEX_PRECEDERS =
      Set.of(
          "when", "if", "elsif", "unless", "while", "until", "and", "or", "not", "return", "then",
          "in");

  private static final Set<String> REGEX_PRECEDERS =
      Set.of(
          "return", "typeof", "case", "in", "of", "delete", "void", "throw", "new", "yield",
          "await", "else", "do");

  /**
   * Indexes into {@link Tokens#MULTI} of the operators starting with a character, longest first.
   */
  private static final int[][] MULTI_PUNCT = new int[128][];

  static {
    for (int i = 0; i < Tokens.MULTI.size(); i++) {
      char first = Tokens.MULTI.get(i).charAt(0);
      int[] known = MULTI_PUNCT[first] == null ? new int[0] : MULTI_PUNCT[first];
      int[] grown = Arrays.copyOf(known, known.length + 1);
      grown[known.length] = i;
      MULTI_PUNCT[first] = grown;
    }
  }

  private final String src;
  private final Language lang;
  private final Tokens out;
  private int pos;
  private int line = 1;
  private boolean lineStart = true;
  private int indent;

  /** Heredocs opened on the current line, whose bodies start on the next one. */
  private List<Heredocs.Opener> heredocs;

  private Lexer(String src, Language lang) {
    this.src = src;
    this.lang = lang;
    this.out = Tokens.over(src);
  }

  static Tokens tokenize(String src, Language lang) {
    Lexer lexer = new Lexer(src, lang);
    lexer.run();
    return lexer.out;
  }

  private void run() {
    int n = src.length();
    while (pos < n) {
      char c = src.charAt(pos);
      switch (CharClass.action(c)) {
        case CharClass.NEWLINE -> {
          newLine();
          pos++;
          if (heredocs != null) {
            skipHeredocBodies();
          }
        }
        case CharClass.BLANK -> {
          if (lineStart) {
            indent += c == '\t' ? 8 : 1;
          }
          pos++;
        }
        case CharClass.WORD -> readIdentifier();
        case CharClass.DIGIT -> readNumber();
        case CharClass.PUNCT -> readPunct();
        default -> {
          if (!skipComment(c) && !readString(c)) {
            readToken(c);
          }
        }
      }
    }
  }

  private boolean heredoc() {
    Heredocs.Opener opener = Heredocs.at(src, pos, lang);
    if (opener == null) {
      return false;
    }
    pos = opener.end();
    literal(Tokens.STRING, line);
    if (heredocs == null) {
      heredocs = new ArrayList<>(2);
    }
    heredocs.add(opener);
    return true;
  }

  /** Just after a newline: moves to the '\n' that ends the last pending heredoc's body. */
  private void skipHeredocBodies() {
    int end = pos - 1;
    for (Heredocs.Opener opener : heredocs) {
      end = Heredocs.bodyEnd(src, end, opener);
    }
    heredocs = null;
    consumeUntil(end);
  }

  private void newLine() {
    line++;
    lineStart = true;
    indent = 0;
  }

  /** Emits a string or number literal that started on {@code tokenLine}. */
  private void literal(byte kind, int tokenLine) {
    out.addLiteral(kind, tokenLine, lineStart, indent);
    lineStart = false;
  }

  private char at(int i) {
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private boolean skipComment(char c) {
    char next = at(pos + 1);
    if (lang.has(Lexis.SLASH_COMMENTS) && c == '/' && next == '/') {
      skipToLineEnd(false);
      return true;
    }
    if (lang.has(Lexis.SLASH_COMMENTS) && c == '/' && next == '*') {
      skipBlockComment();
      return true;
    }
    if (lang.has(Lexis.HASH_COMMENTS)
        && c == '#'
        && !(lang.has(Lexis.HASH_BRACE_INTERPOLATION) && next == '{')) {
      skipToLineEnd(false);
      return true;
    }
    if (lang.has(Lexis.PREPROCESSOR) && c == '#' && lineStart) {
      int kind = Conditionals.kind(src, pos);
      skipToLineEnd(true);
      if (kind == Conditionals.ELSE || kind == Conditionals.IF_ZERO) {
        consumeUntil(Conditionals.skipBranch(src, pos, kind == Conditionals.IF_ZERO));
      }
      return true;
    }
    if (lang.has(Lexis.BEGIN_END_COMMENTS) && lineStart && src.startsWith("=begin", pos)) {
      int end = src.indexOf("\n=end", pos);
      consumeUntil(end < 0 ? src.length() : end + 5);
      return true;
    }
    return false;
  }

  /** Moves to the line's '\n'; with {@code continuation}, past lines that end in a backslash. */
  private void skipToLineEnd(boolean continuation) {
    int from = pos;
    int end = lineEnd(from);
    while (continuation && end < src.length() && end > from && src.charAt(end - 1) == '\\') {
      line++; // a continued preprocessor line: the next line belongs to it
      from = end + 1;
      end = lineEnd(from);
    }
    pos = end;
  }

  private int lineEnd(int from) {
    int end = src.indexOf('\n', from); // vectorised: comments are skipped at memory speed
    return end < 0 ? src.length() : end;
  }

  private void skipBlockComment() {
    int depth = 0;
    while (pos < src.length()) {
      if (src.startsWith("/*", pos)) {
        depth = lang.has(Lexis.NESTED_BLOCK_COMMENTS) || depth == 0 ? depth + 1 : depth;
        pos += 2;
      } else if (src.startsWith("*/", pos)) {
        pos += 2;
        if (--depth == 0) {
          return;
        }
      } else {
        if (src.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
    }
  }

  /** Moves to {@code end}, counting the newlines passed. */
  private void consumeUntil(int end) {
    int stop = Math.min(end, src.length());
    while (pos < stop) {
      if (src.charAt(pos) == '\n') {
        line++;
      }
      pos++;
    }
  }

  private boolean readString(char c) {
    int start = line;
    if (c == '"' || c == '\'' && !lang.has(Lexis.CHAR_LITERALS) && !lang.has(Lexis.LIFETIMES)) {
      return quoted(c, start);
    }
    if (c == '`' && lang.has(Lexis.BACKTICK_STRINGS)) {
      template(start);
      return true;
    }
    if (c == '\'' && (lang.has(Lexis.CHAR_LITERALS) || lang.has(Lexis.LIFETIMES))) {
      return charLiteral(start);
    }
    if (c == '@' && lang.has(Lexis.VERBATIM_STRINGS) && at(pos + 1) == '"') {
      pos++;
      verbatim(start);
      return true;
    }
    if (c == '/' && lang.has(Lexis.REGEX_LITERALS) && regexAllowed()) {
      return regexLiteral(start);
    }
    return c == '%' && lang.has(Lexis.PERCENT_LITERALS) && percentLiteral(start);
  }

  private boolean quoted(char q, int start) {
    boolean triple = at(pos + 1) == q && at(pos + 2) == q;
    if (triple && (q == '"' || lang.has(Lexis.TRIPLE_SINGLE_QUOTES))) {
      String delim = String.valueOf(q).repeat(3);
      int end = src.indexOf(delim, pos + 3);
      consumeUntil(end < 0 ? src.length() : end + 3);
      literal(Tokens.STRING, start);
      return true;
    }
    pos++;
    while (pos < src.length()) {
      char ch = src.charAt(pos);
      if (ch == '\\') {
        if (at(pos + 1) == '\n') {
          line++; // a string continued on the next line
        }
        pos += 2;
        continue;
      }
      if (ch == '\n') {
        line++;
        if (!lang.has(Lexis.MULTILINE_QUOTES)) {
          pos++;
          break;
        }
      }
      pos++;
      if (ch == q) {
        break;
      }
    }
    literal(Tokens.STRING, start);
    return true;
  }

  private void template(int start) {
    boolean raw = !lang.has(Lexis.TEMPLATE_INTERPOLATION);
    consumeUntil(Literals.templateEnd(src, pos, raw));
    literal(Tokens.STRING, start);
  }

  private void verbatim(int start) {
    consumeUntil(Literals.verbatimEnd(src, pos));
    literal(Tokens.STRING, start);
  }

  private boolean charLiteral(int start) {
    int close;
    if (at(pos + 1) == '\\') {
      close = src.indexOf('\'', pos + 3);
      if (close < 0 || close - pos > 12) {
        return false;
      }
    } else if (at(pos + 2) == '\'') {
      close = pos + 2;
    } else if (Character.isHighSurrogate(at(pos + 1)) && at(pos + 3) == '\'') {
      close = pos + 3;
    } else {
      if (lang.has(Lexis.LIFETIMES)) {
        pos++; // a lifetime: the identifier that follows is lexed normally
        return true;
      }
      return false;
    }
    pos = close + 1;
    literal(Tokens.STRING, start);
    return true;
  }

  private boolean regexAllowed() {
    if (at(pos + 1) == '/' || at(pos + 1) == '*') {
      return false;
    }
    if (out.size == 0) {
      return true;
    }
    int last = out.size - 1;
    byte kind = out.kinds[last];
    if (kind == Tokens.IDENT) {
      Set<String> preceders =
          lang.has(Lexis.RUBY_REGEX_CONTEXT) ? RUBY_REGEX_PRECEDERS : REGEX_PRECEDERS;
      return preceders.contains(out.text(last));
    }
    if (kind != Tokens.PUNCT) {
      return false;
    }
    String prev = out.punct(last);
    return !(")".equals(prev) || "]".equals(prev) || "}".equals(prev));
  }

  private boolean regexLiteral(int start) {
    int end = Literals.regexEnd(src, pos);
    if (end < 0) {
      return false;
    }
    pos = end;
    literal(Tokens.STRING, start);
    return true;
  }

  private boolean percentLiteral(int start) {
    int end = Literals.percentEnd(src, pos, regexAllowed());
    if (end < 0) {
      return false;
    }
    consumeUntil(end);
    literal(Tokens.STRING, start);
    return true;
  }

  private void readToken(char c) {
    if (Character.isJavaIdentifierStart(c)) {
      readIdentifier();
    } else if (Character.isDigit(c)) {
      readNumber();
    } else {
      readPunct();
    }
  }

  private void readNumber() {
    while (pos < src.length() && CharClass.isNumberPart(src.charAt(pos))) {
      pos++;
    }
    if (at(pos) == '.' && Character.isDigit(at(pos + 1))) {
      pos++;
      while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
        pos++;
      }
    }
    literal(Tokens.NUMBER, line);
  }

  /** An identifier, hashed as it is read so its keyword bits need no substring. */
  private void readIdentifier() {
    int start = pos;
    String s = src;
    int n = s.length();
    int p = start;
    int hash = s.charAt(p++);
    while (p < n) {
      char ch = s.charAt(p);
      if (!CharClass.isIdentifierPart(ch)) {
        break;
      }
      hash = 31 * hash + ch;
      p++;
    }
    pos = p; // a local in the loop: the field would be stored and reloaded every character
    if (lang.has(Lexis.PREDICATE_NAMES)
        && (at(pos) == '?' || at(pos) == '!')
        && at(pos + 1) != '=') {
      hash = 31 * hash + src.charAt(pos);
      pos++;
    }
    if (stringPrefix(start)) {
      return;
    }
    out.addIdent(start, pos, Keywords.bitsOf(src, start, pos, hash), line, lineStart, indent);
    lineStart = false;
  }

  /**
   * Python string prefixes (r, b, f, rb...) and Rust raw/byte strings (r"", r#""#, b"") for the
   * word that starts at {@code start}; only a quote or '#' after a word can make it one.
   */
  private boolean stringPrefix(int start) {
    char next = at(pos);
    if (next != '"' && next != '\'' && next != '#') {
      return false;
    }
    String word = src.substring(start, pos);
    if (lang.has(Lexis.PYTHON_STRING_PREFIXES)
        && (next == '"' || next == '\'')
        && word.length() <= 2
        && word.toLowerCase(java.util.Locale.ROOT).matches("[rbfu]+")) {
      return quoted(next, line);
    }
    if (lang.has(Lexis.RUST_RAW_STRINGS) && ("r".equals(word) || "br".equals(word))) {
      int hashes = 0;
      while (at(pos + hashes) == '#') {
        hashes++;
      }
      if (at(pos + hashes) == '"') {
        String close = "\"" + "#".repeat(hashes);
        int startLine = line;
        int end = src.indexOf(close, pos + hashes + 1);
        consumeUntil(end < 0 ? src.length() : end + close.length());
        literal(Tokens.STRING, startLine);
        return true;
      }
    }
    if (lang.has(Lexis.RUST_RAW_STRINGS) && "b".equals(word) && (next == '"' || next == '\'')) {
      return next == '"' ? quoted(next, line) : charLiteral(line);
    }
    return false;
  }

  private void readPunct() {
    char c = src.charAt(pos);
    if (c == '<' && (lang.has(Lexis.RUBY_HEREDOCS) || lang.has(Lexis.PHP_HEREDOCS)) && heredoc()) {
      return;
    }
    int[] multi = c < 128 ? MULTI_PUNCT[c] : null;
    if (multi != null) {
      char second = at(pos + 1);
      for (int m : multi) {
        String candidate = Tokens.MULTI.get(m);
        if (candidate.charAt(1) == second
            && (candidate.length() == 2 || at(pos + 2) == candidate.charAt(2))) {
          out.addMulti(m, line, lineStart, indent);
          lineStart = false;
          pos += candidate.length();
          return;
        }
      }
    }
    out.addPunct(c, line, lineStart, indent);
    lineStart = false;
    pos++;
  }
}
