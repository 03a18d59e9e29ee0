package dev.readiness.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression that first checks for the {@link RequiredLiterals} every match contains: the
 * path and header patterns run once per file of the repository, and most paths contain none.
 */
record FilteredPattern(Pattern regex, List<Needle> needles) {
  static FilteredPattern compile(String regex, int flags) {
    Pattern p = Pattern.compile(regex, flags);
    return new FilteredPattern(p, RequiredLiterals.needles(p));
  }

  /** Whether the regex is found in {@code text}, as {@link java.util.regex.Matcher#find()}. */
  boolean find(String text) {
    return RequiredLiterals.mayMatch(text, needles) && regex.matcher(text).find();
  }
}
