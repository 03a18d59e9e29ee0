package dev.readiness.metrics;

import static dev.readiness.metrics.Grammar.Family.BRACES;
import static dev.readiness.metrics.Grammar.Family.END_KEYWORD;
import static dev.readiness.metrics.Grammar.Family.INDENTATION;
import static dev.readiness.metrics.Language.Typing.DYNAMIC;
import static dev.readiness.metrics.Language.Typing.STATIC;
import static dev.readiness.metrics.Lexis.*;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Languages whose functions the lexer measures: each entry is the whole of what the scanner knows
 * about its syntax (typing, {@link Grammar}, {@link Lexis} facts), and the extensions below name
 * its files. A new language is its entry here plus tests, when an existing finder family reads it.
 */
public enum Language {
  JAVA(
      "java",
      STATIC,
      Grammar.of(BRACES).control("synchronized", "assert"),
      SLASH_COMMENTS,
      CHAR_LITERALS,
      TERNARY,
      NAMED_HEADS),
  KOTLIN(
      "kotlin",
      STATIC,
      Grammar.braces("fun"),
      SLASH_COMMENTS,
      NESTED_BLOCK_COMMENTS,
      CHAR_LITERALS),
  JAVASCRIPT(
      "javascript",
      DYNAMIC,
      Grammar.braces("function").control("typeof", "with", "function", "await", "void"),
      SLASH_COMMENTS,
      BACKTICK_STRINGS,
      TEMPLATE_INTERPOLATION,
      REGEX_LITERALS,
      TERNARY,
      NAMED_HEADS),
  // TypeScript's "void" is also a return type, between a method's ')' and its '{'
  TYPESCRIPT(
      "typescript",
      STATIC,
      Grammar.braces("function").control("typeof", "with", "function", "await"),
      SLASH_COMMENTS,
      BACKTICK_STRINGS,
      TEMPLATE_INTERPOLATION,
      REGEX_LITERALS,
      TERNARY,
      NAMED_HEADS),
  PYTHON(
      "python",
      DYNAMIC,
      Grammar.of(INDENTATION).decisions("if", "elif", "for", "while", "except", "and", "or"),
      HASH_COMMENTS,
      TRIPLE_SINGLE_QUOTES,
      PYTHON_STRING_PREFIXES),
  GO(
      "go",
      STATIC,
      Grammar.braces("func").decisions("if", "for", "case"),
      SLASH_COMMENTS,
      BACKTICK_STRINGS),
  RUST(
      "rust",
      STATIC,
      Grammar.braces("fn").decisions("if", "for", "while"),
      SLASH_COMMENTS,
      NESTED_BLOCK_COMMENTS,
      LIFETIMES,
      RUST_RAW_STRINGS),
  C(
      "c",
      STATIC,
      Grammar.of(BRACES).control("sizeof", "typeof", "foreach"),
      SLASH_COMMENTS,
      PREPROCESSOR,
      CHAR_LITERALS,
      TERNARY,
      NAMED_HEADS),
  CPP(
      "cpp",
      STATIC,
      Grammar.of(BRACES).control("sizeof", "typeof", "foreach", "alignof"),
      SLASH_COMMENTS,
      PREPROCESSOR,
      CHAR_LITERALS,
      MULTILINE_QUOTES,
      TERNARY,
      NAMED_HEADS),
  // words that are control flow in one language may name a method in another: Java has lock(),
  // await(), with(...) and match(...) methods, C# has no synchronized blocks
  CSHARP(
      "csharp",
      STATIC,
      Grammar.of(BRACES)
          .decisions("if", "for", "foreach", "while", "case", "catch")
          .control(
              "using",
              "lock",
              "foreach",
              "fixed",
              "checked",
              "unchecked",
              "when",
              "base",
              "typeof",
              "sizeof",
              "nameof",
              "await"),
      SLASH_COMMENTS,
      PREPROCESSOR,
      CHAR_LITERALS,
      VERBATIM_STRINGS,
      TERNARY,
      NAMED_HEADS),
  RUBY(
      "ruby",
      DYNAMIC,
      Grammar.of(END_KEYWORD)
          .decisions(
              "if", "elsif", "unless", "while", "until", "for", "when", "rescue", "and", "or"),
      HASH_COMMENTS,
      HASH_BRACE_INTERPOLATION,
      BEGIN_END_COMMENTS,
      BACKTICK_STRINGS,
      REGEX_LITERALS,
      RUBY_REGEX_CONTEXT,
      PERCENT_LITERALS,
      MULTILINE_QUOTES,
      PREDICATE_NAMES,
      RUBY_HEREDOCS,
      TERNARY),
  PHP(
      "php",
      DYNAMIC,
      Grammar.braces("function")
          .decisions("if", "elseif", "for", "foreach", "while", "case", "catch", "and", "or"),
      SLASH_COMMENTS,
      HASH_COMMENTS,
      MULTILINE_QUOTES,
      PHP_HEREDOCS,
      TERNARY);

  private static final Map<String, Language> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("java", JAVA),
          Map.entry("kt", KOTLIN),
          Map.entry("kts", KOTLIN),
          Map.entry("js", JAVASCRIPT),
          Map.entry("jsx", JAVASCRIPT),
          Map.entry("mjs", JAVASCRIPT),
          Map.entry("cjs", JAVASCRIPT),
          Map.entry("ts", TYPESCRIPT),
          Map.entry("tsx", TYPESCRIPT),
          Map.entry("mts", TYPESCRIPT),
          Map.entry("cts", TYPESCRIPT),
          Map.entry("py", PYTHON),
          Map.entry("go", GO),
          Map.entry("rs", RUST),
          Map.entry("c", C),
          Map.entry("h", C),
          Map.entry("cc", CPP),
          Map.entry("cpp", CPP),
          Map.entry("cxx", CPP),
          Map.entry("hpp", CPP),
          Map.entry("hh", CPP),
          Map.entry("hxx", CPP),
          Map.entry("cs", CSHARP),
          Map.entry("rb", RUBY),
          Map.entry("php", PHP));

  private final String id;

  /** Whether types are checked before the program runs (the compiler is the type checker). */
  private final boolean staticTyping;

  /** The language's {@link Lexis} facts, one bit each: asked for on every character. */
  private final long lexis;

  private final Grammar grammar;

  Language(String id, Typing typing, Grammar grammar, Lexis... facts) {
    this.id = id;
    this.staticTyping = typing == Typing.STATIC;
    this.grammar = grammar;
    long bits = 0;
    for (Lexis f : facts) {
      bits |= 1L << f.ordinal();
    }
    this.lexis = bits;
  }

  /** How a language's types are checked. */
  enum Typing {
    STATIC,
    DYNAMIC
  }

  /** Whether the compiler checks types: such a language needs no separate type checker. */
  public boolean staticallyTyped() {
    return staticTyping;
  }

  /** Whether the language writes comments or literals this way. */
  boolean has(Lexis fact) {
    return (lexis & (1L << fact.ordinal())) != 0;
  }

  /** The finder, function keyword, decision and control words. */
  Grammar grammar() {
    return grammar;
  }

  public String id() {
    return id;
  }

  public static Optional<Language> forExtension(String extension) {
    return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
  }

  boolean isJavaScriptFamily() {
    return this == JAVASCRIPT || this == TYPESCRIPT;
  }
}
