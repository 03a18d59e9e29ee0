package dev.readiness.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keyword sets the function finders ask about, one bit each. The lexer classifies every
 * identifier straight from the source text ({@link #bitsOf(String, int, int, int)}: one probe of a
 * small open-addressing table, no substring), so a finder tests membership with a mask per token.
 */
final class Keywords {
  /**
   * Words that look like a call before '(' but never name a function being declared, in every
   * language; {@link #control(Language)} adds each language's own (its {@link Grammar}).
   */
  static final long CONTROL = 1L;

  /** Words before a name that make it a type, not a function: {@code class Foo(...)}. */
  static final long TYPE_DECLARATION = 1L << 1;

  /** Ruby words that always open a block closed by {@code end}. */
  static final long RUBY_ALWAYS_OPENS = 1L << 2;

  /** Ruby words that open a block when they start a statement (not as modifiers). */
  static final long RUBY_STATEMENT_OPENS = 1L << 3;

  /** Ruby loops, whose {@code do} belongs to them rather than opening a block. */
  static final long RUBY_LOOPS = 1L << 4;

  /** Words that introduce a function in some language: func, fn, fun, function. */
  static final long FUNCTION_KEYWORD = 1L << 5;

  /** JavaScript words that start a statement: one cannot sit between a head's ')' and '{'. */
  static final long JS_STATEMENT = 1L << 6;

  private static final int FIRST_DECISION_BIT = 8;
  private static final int FIRST_CONTROL_BIT = FIRST_DECISION_BIT + Language.values().length;

  /** Word to bits while the sets are declared; lookups go through the table built from it. */
  private static final Map<String, Long> BITS = new HashMap<>();

  /** The table {@link #bitsOf(String, int, int, int)} probes; mostly empty slots. */
  private static final int TABLE_SIZE = 1024;

  private static final String[] TABLE_WORDS = new String[TABLE_SIZE];
  private static final int[] TABLE_HASHES = new int[TABLE_SIZE];
  private static final long[] TABLE_BITS = new long[TABLE_SIZE];

  static {
    add(
        CONTROL,
        Set.of(
            "if", "for", "while", "switch", "catch", "return", "else", "do", "try", "new", "throw",
            "this", "super"));
    add(
        TYPE_DECLARATION,
        Set.of("new", "class", "record", "struct", "enum", "interface", "object", "union"));
    add(RUBY_ALWAYS_OPENS, Set.of("class", "module", "begin", "case"));
    add(RUBY_STATEMENT_OPENS, Set.of("if", "unless", "while", "until", "for"));
    add(RUBY_LOOPS, Set.of("while", "until", "for"));

    add(JS_STATEMENT, Set.of("const", "let", "var", "export", "import"));
    for (Language lang : Language.values()) {
      Grammar g = lang.grammar();
      add(decisions(lang), g.decisions());
      add(control(lang), g.control());
      if (g.functionKeyword() != null) {
        add(FUNCTION_KEYWORD, Set.of(g.functionKeyword()));
      }
    }
    BITS.forEach(
        (word, bits) -> {
          int slot = slot(word.hashCode());
          while (TABLE_WORDS[slot] != null) {
            slot = (slot + 1) & (TABLE_SIZE - 1);
          }
          TABLE_WORDS[slot] = word;
          TABLE_HASHES[slot] = word.hashCode();
          TABLE_BITS[slot] = bits;
        });
  }

  private Keywords() {}

  /** The bit of the words that are control flow in {@code lang} alone, beside {@link #CONTROL}. */
  static long control(Language lang) {
    return 1L << (FIRST_CONTROL_BIT + lang.ordinal());
  }

  /** The bit of the words that add a decision point in {@code lang}. */
  static long decisions(Language lang) {
    return 1L << (FIRST_DECISION_BIT + lang.ordinal());
  }

  /** Every set {@code word} belongs to, as bits; 0 for most identifiers. */
  static long bitsOf(String word) {
    return bitsOf(word, 0, word.length(), word.hashCode());
  }

  /**
   * The bits of the word {@code src[start, end)} whose {@link String#hashCode()} is {@code hash},
   * without cutting it out of the source.
   */
  static long bitsOf(String src, int start, int end, int hash) {
    int length = end - start;
    for (int slot = slot(hash); TABLE_WORDS[slot] != null; slot = (slot + 1) & (TABLE_SIZE - 1)) {
      String word = TABLE_WORDS[slot];
      if (TABLE_HASHES[slot] == hash
          && word.length() == length
          && src.regionMatches(start, word, 0, length)) {
        return TABLE_BITS[slot];
      }
    }
    return 0L;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (TABLE_SIZE - 1);
  }

  private static void add(long bit, Set<String> words) {
    for (String w : words) {
      BITS.merge(w, bit, (a, b) -> a | b);
    }
  }
}
