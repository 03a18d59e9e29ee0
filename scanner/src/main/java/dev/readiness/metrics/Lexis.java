package dev.readiness.metrics;

/**
 * How a language writes comments and literals, the lexical facts the lexer needs to step over them,
 * and two facts of its grammar the brace finder asks about (the conditional operator, functions
 * named before their parameters). Each language lists its own in {@link Language}; the lexer and
 * the finders ask for a fact, never for a language.
 */
enum Lexis {
  /** {@code //} line and {@code /* *}{@code /} block comments. */
  SLASH_COMMENTS,
  /** Block comments nest: {@code /* /* *}{@code / *}{@code /} is one (Rust, Kotlin). */
  NESTED_BLOCK_COMMENTS,
  /** {@code #} starts a line comment. */
  HASH_COMMENTS,
  /** {@code #{} is interpolation, not a comment (Ruby). */
  HASH_BRACE_INTERPOLATION,
  /** {@code #} at the start of a line is a preprocessor directive (C, C++, C#). */
  PREPROCESSOR,
  /** {@code =begin} ... {@code =end} at line starts is a comment (Ruby). */
  BEGIN_END_COMMENTS,
  /** {@code 'x'} is a character literal, not a string. */
  CHAR_LITERALS,
  /** {@code 'a} is a lifetime and {@code 'x'} a character (Rust). */
  LIFETIMES,
  /** Backticks quote a string (a template in JavaScript, raw in Go, a command in Ruby). */
  BACKTICK_STRINGS,
  /** {@code ${...}} inside backticks is code (JavaScript, TypeScript templates). */
  TEMPLATE_INTERPOLATION,
  /** {@code @"..."} is a verbatim string (C#). */
  VERBATIM_STRINGS,
  /** {@code /.../} is a regular expression where an operand may start. */
  REGEX_LITERALS,
  /** Regular expressions follow Ruby's keywords ({@code when}, {@code unless}...). */
  RUBY_REGEX_CONTEXT,
  /** {@code %w[...]}, {@code %r{...}} and friends are literals (Ruby). */
  PERCENT_LITERALS,
  /** {@code '''...'''} is a string, as {@code """...""""} is (Python). */
  TRIPLE_SINGLE_QUOTES,
  /** A quoted string may run over a line break. */
  MULTILINE_QUOTES,
  /** An identifier may end in {@code ?} or {@code !} (Ruby). */
  PREDICATE_NAMES,
  /** {@code r""}, {@code b""}, {@code f""} prefixes quote strings (Python). */
  PYTHON_STRING_PREFIXES,
  /** {@code r#"..."#} raw and {@code b"..."} byte strings (Rust). */
  RUST_RAW_STRINGS,
  /** {@code <<~ID} ... {@code ID} heredocs (Ruby). */
  RUBY_HEREDOCS,
  /** {@code <<<ID} ... {@code ID} heredocs and nowdocs (PHP). */
  PHP_HEREDOCS,
  /** {@code a ? b : c} is the conditional operator, a decision point. */
  TERNARY,
  /** A function is its name and parameter list before its body: {@code int f(int x) {}. */
  NAMED_HEADS
}
