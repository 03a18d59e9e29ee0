package dev.readiness.metrics;

import java.util.Set;

/** The keywords that add a decision point (one path) to a function, per language. */
final class Decisions {
  private static final Set<String> C_FAMILY = Set.of("if", "for", "while", "case", "catch");

  private Decisions() {}

  static Set<String> keywords(Language lang) {
    return switch (lang) {
      case GO -> Set.of("if", "for", "case");
      case RUST -> Set.of("if", "for", "while");
      case CSHARP -> Set.of("if", "for", "foreach", "while", "case", "catch");
      case PHP -> Set.of("if", "elseif", "for", "foreach", "while", "case", "catch", "and", "or");
      case PYTHON -> Set.of("if", "elif", "for", "while", "except", "and", "or");
      case RUBY ->
          Set.of("if", "elsif", "unless", "while", "until", "for", "when", "rescue", "and", "or");
      default -> C_FAMILY;
    };
  }

  /** Whether '?' can be the conditional operator in this language. */
  static boolean ternary(Language lang) {
    return switch (lang) {
      case JAVA, JAVASCRIPT, TYPESCRIPT, C, CPP, CSHARP, PHP, RUBY -> true;
      default -> false;
    };
  }
}
