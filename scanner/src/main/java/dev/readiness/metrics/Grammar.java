package dev.readiness.metrics;

import java.util.Set;

/**
 * What the function finders need to know about a language beyond its {@link Lexis}: which finder
 * reads it, the keyword that introduces a function, and the words that add a decision point or are
 * control flow there alone.
 *
 * @param family the finder that reads the language
 * @param functionKeyword the word that introduces a function ({@code func}, {@code fn}), or null
 *     where a function is its name before a parameter list
 * @param decisions the words that add a decision point (one more path through the function)
 * @param control words that look like a call before '(' but are control flow in this language alone
 *     (Java's {@code synchronized (x)}), beside those of every language
 */
record Grammar(Family family, String functionKeyword, Set<String> decisions, Set<String> control) {
  /** The decision words of the C family and its heirs. */
  static final Set<String> C_DECISIONS = Set.of("if", "for", "while", "case", "catch");

  /** How functions are delimited, which decides the finder. */
  enum Family {
    /** Bodies in braces ({@code BraceFunctions}). */
    BRACES,
    /** Bodies by indentation after a colon ({@code PythonFunctions}). */
    INDENTATION,
    /** Bodies closed by {@code end} ({@code RubyFunctions}). */
    END_KEYWORD
  }

  /** A language of {@code family} with the C family's decisions and no words of its own. */
  static Grammar of(Family family) {
    return new Grammar(family, null, C_DECISIONS, Set.of());
  }

  /** A brace language whose functions start with {@code keyword}. */
  static Grammar braces(String keyword) {
    return new Grammar(Family.BRACES, keyword, C_DECISIONS, Set.of());
  }

  Grammar decisions(String... words) {
    return new Grammar(family, functionKeyword, Set.of(words), control);
  }

  Grammar control(String... words) {
    return new Grammar(family, functionKeyword, decisions, Set.of(words));
  }
}
