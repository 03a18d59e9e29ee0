package dev.readiness.metrics;

import static dev.readiness.metrics.Language.Typing.DYNAMIC;
import static dev.readiness.metrics.Language.Typing.STATIC;
import static dev.readiness.metrics.Lexis.*;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Languages whose functions the lexer measures, with the file extensions that identify them. */
public enum Language {
  JAVA("java", STATIC, SLASH_COMMENTS, CHAR_LITERALS),
  KOTLIN("kotlin", STATIC, SLASH_COMMENTS, NESTED_BLOCK_COMMENTS, CHAR_LITERALS),
  JAVASCRIPT(
      "javascript",
      DYNAMIC,
      SLASH_COMMENTS,
      BACKTICK_STRINGS,
      TEMPLATE_INTERPOLATION,
      REGEX_LITERALS),
  TYPESCRIPT(
      "typescript",
      STATIC,
      SLASH_COMMENTS,
      BACKTICK_STRINGS,
      TEMPLATE_INTERPOLATION,
      REGEX_LITERALS),
  PYTHON("python", DYNAMIC, HASH_COMMENTS, TRIPLE_SINGLE_QUOTES, PYTHON_STRING_PREFIXES),
  GO("go", STATIC, SLASH_COMMENTS, BACKTICK_STRINGS),
  RUST("rust", STATIC, SLASH_COMMENTS, NESTED_BLOCK_COMMENTS, LIFETIMES, RUST_RAW_STRINGS),
  C("c", STATIC, SLASH_COMMENTS, PREPROCESSOR, CHAR_LITERALS),
  CPP("cpp", STATIC, SLASH_COMMENTS, PREPROCESSOR, CHAR_LITERALS, MULTILINE_QUOTES),
  CSHARP("csharp", STATIC, SLASH_COMMENTS, PREPROCESSOR, CHAR_LITERALS, VERBATIM_STRINGS),
  RUBY(
      "ruby",
      DYNAMIC,
      HASH_COMMENTS,
      HASH_BRACE_INTERPOLATION,
      BEGIN_END_COMMENTS,
      BACKTICK_STRINGS,
      REGEX_LITERALS,
      RUBY_REGEX_CONTEXT,
      PERCENT_LITERALS,
      MULTILINE_QUOTES,
      PREDICATE_NAMES,
      RUBY_HEREDOCS),
  PHP("php", DYNAMIC, SLASH_COMMENTS, HASH_COMMENTS, MULTILINE_QUOTES, PHP_HEREDOCS);

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

  Language(String id, Typing typing, Lexis... facts) {
    this.id = id;
    this.staticTyping = typing == Typing.STATIC;
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
