package dev.readiness.metrics;

import java.util.List;

/**
 * Finds functions with their length and cyclomatic complexity, in the spirit of lizard: a tokenizer
 * that understands comments and strings, then a per-family function finder.
 */
public final class CodeMetrics {
  private CodeMetrics() {}

  /** Measures every function in {@code source}; never throws on malformed code. */
  public static List<FunctionMetric> functions(String source, Language language) {
    Tokens tokens = Lexer.tokenize(source, language);
    try {
      return switch (language.grammar().family()) {
        case INDENTATION -> new PythonFunctions(tokens).find();
        case END_KEYWORD -> new RubyFunctions(tokens).find();
        case BRACES -> new BraceFunctions(tokens, language).find();
      };
    } finally {
      tokens.release();
    }
  }
}
