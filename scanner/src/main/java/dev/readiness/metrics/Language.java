package dev.readiness.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Languages whose functions the lexer measures, with the file extensions that identify them. */
public enum Language {
  JAVA("java"),
  KOTLIN("kotlin"),
  JAVASCRIPT("javascript"),
  TYPESCRIPT("typescript"),
  PYTHON("python"),
  GO("go"),
  RUST("rust"),
  C("c"),
  CPP("cpp"),
  CSHARP("csharp"),
  RUBY("ruby"),
  PHP("php");

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

  Language(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Language> forExtension(String extension) {
    return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
  }

  boolean cStyleComments() {
    return this != PYTHON && this != RUBY;
  }

  boolean hashComments() {
    return this == PYTHON || this == RUBY || this == PHP;
  }

  boolean preprocessorLines() {
    return this == C || this == CPP || this == CSHARP;
  }

  boolean singleQuoteIsChar() {
    return this == JAVA || this == KOTLIN || this == C || this == CPP || this == CSHARP;
  }

  boolean isJavaScriptFamily() {
    return this == JAVASCRIPT || this == TYPESCRIPT;
  }

  boolean nestedBlockComments() {
    return this == RUST || this == KOTLIN;
  }
}
