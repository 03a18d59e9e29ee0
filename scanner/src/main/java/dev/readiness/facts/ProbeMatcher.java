package dev.readiness.facts;

import dev.readiness.metrics.Language;
import dev.readiness.secrets.SecretRule;
import dev.readiness.secrets.SecretRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one {@link KeywordMatcher} the file scan runs: the signals' probe words and the secret rules'
 * anchors, with what each keyword index is. Built once per set of words (the catalog's never
 * changes within a process).
 */
final class ProbeMatcher {
  private static final List<String> SECRET_ANCHORS = secretAnchors();
  private static volatile ProbeMatcher last;

  final ProbeWords words;
  final KeywordMatcher matcher;
  final boolean[] probe;
  final boolean[] anchor;

  /** The language a probe keyword is bound to, by keyword index; null where it counts anywhere. */
  final Language[] syntax;

  private ProbeMatcher(ProbeWords words) {
    this.words = words;
    Set<String> all = new TreeSet<>(words.words());
    all.addAll(SECRET_ANCHORS);
    this.matcher = new KeywordMatcher(List.copyOf(all));
    this.probe = new boolean[matcher.size()];
    this.anchor = new boolean[matcher.size()];
    this.syntax = new Language[matcher.size()];
    Set<String> anchors = Set.copyOf(SECRET_ANCHORS);
    for (int k = 0; k < matcher.size(); k++) {
      String keyword = matcher.keyword(k);
      probe[k] = words.contains(keyword);
      anchor[k] = anchors.contains(keyword);
      syntax[k] = words.syntax().get(keyword);
    }
  }

  /** The matcher for {@code words}, reused while the words stay the same. */
  static ProbeMatcher of(ProbeWords words) {
    ProbeMatcher m = last;
    if (m == null || !m.words.equals(words)) {
      m = new ProbeMatcher(words);
      last = m;
    }
    return m;
  }

  /** Whether a hit of keyword {@code k} in a file of {@code language} (null: none) is usage. */
  boolean countsIn(int k, Language language) {
    return ProbeWords.countsWhere(syntax[k], language);
  }

  static List<String> secretAnchors() {
    Set<String> out = new TreeSet<>();
    for (SecretRule rule : SecretRules.all()) {
      out.addAll(rule.anchors());
    }
    return List.copyOf(out);
  }
}
