package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Literal words searched for in every analysed file ("t.Parallel()", "/healthz"), declared as a
 * constant beside the signal that uses them and named in its register row. The file scan collects
 * the union of every signal's words in its one read of each file, so a signal can only ask for
 * words it declared.
 *
 * <p>A word of one language's syntax or API ({@code in(Language.GO, "t.Parallel()")}) counts in
 * files of that language or of no measured language (a Makefile), never in another language's
 * source, where it can only be text about that language (a linter's rule table).
 *
 * @param words the words, in the order they were declared (a signal's evidence keeps that order)
 * @param syntax the words bound to one language
 */
public record ProbeWords(Set<String> words, Map<String, Language> syntax) {
  public static final ProbeWords NONE = new ProbeWords(Set.of(), Map.of());

  /** Words of at least two characters, each once, bound to at most one language. */
  public ProbeWords {
    for (String w : words) {
      if (w.length() < 2) {
        throw new IllegalArgumentException("a probe word needs two characters: " + w);
      }
    }
    words = Collections.unmodifiableSet(new LinkedHashSet<>(words));
    syntax = Collections.unmodifiableMap(new LinkedHashMap<>(syntax));
  }

  /** Words that count in any file. */
  public static ProbeWords of(String... words) {
    return NONE.and(words);
  }

  /** These words, then {@code more}, which count in any file. */
  public ProbeWords and(String... more) {
    Set<String> all = new LinkedHashSet<>(words);
    for (String w : more) {
      if (!all.add(w)) {
        throw new IllegalArgumentException("a probe word is declared twice: " + w);
      }
    }
    return new ProbeWords(all, syntax);
  }

  /** These words, then {@code more}, which count only where {@code language} could run them. */
  public ProbeWords in(Language language, String... more) {
    Map<String, Language> bound = new LinkedHashMap<>(syntax);
    for (String w : more) {
      bound.put(w, language);
    }
    return and(more).withSyntax(bound);
  }

  private ProbeWords withSyntax(Map<String, Language> bound) {
    return new ProbeWords(words, bound);
  }

  /**
   * The union of two sets of words, these first; a word both declare must be bound alike (two
   * signals looking for the same word share its one search).
   */
  public ProbeWords union(ProbeWords other) {
    Set<String> all = new LinkedHashSet<>(words);
    Map<String, Language> bound = new LinkedHashMap<>(syntax);
    for (String w : other.words) {
      if (words.contains(w)) {
        if (syntax.get(w) != other.syntax.get(w)) {
          throw new IllegalArgumentException("probe word bound to two languages: " + w);
        }
        continue;
      }
      all.add(w);
      if (other.syntax.containsKey(w)) {
        bound.put(w, other.syntax.get(w));
      }
    }
    return new ProbeWords(all, bound);
  }

  public boolean contains(String word) {
    return words.contains(word);
  }

  /** Whether a hit of {@code word} in a file of {@code language} (null: none) is usage. */
  public boolean countsIn(String word, Language language) {
    return countsWhere(syntax.get(word), language);
  }

  /** A word bound to {@code only} (null: to no language) counts in a file of {@code language}. */
  static boolean countsWhere(Language only, Language language) {
    return only == null || language == null || only == language;
  }
}
