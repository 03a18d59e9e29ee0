package dev.readiness.facts;

import dev.readiness.metrics.FunctionMetric;
import java.util.List;

/**
 * Function measurements of one source file, reduced to what the quality signals need.
 *
 * @param functions number of functions found
 * @param longFunctions functions over the length limit
 * @param complexFunctions functions over the complexity limit
 * @param longest the longest function, or null when there is none
 * @param mostComplex the most complex function, or null when there is none
 */
public record CodeStats(
    int functions,
    int longFunctions,
    int complexFunctions,
    FunctionMetric longest,
    FunctionMetric mostComplex) {

  public static final int MAX_FUNCTION_LINES = 50;
  public static final int MAX_COMPLEXITY = 15;

  static CodeStats of(List<FunctionMetric> all) {
    int longCount = 0;
    int complexCount = 0;
    FunctionMetric longest = null;
    FunctionMetric mostComplex = null;
    for (FunctionMetric f : all) {
      if (f.lines() > MAX_FUNCTION_LINES) {
        longCount++;
      }
      if (f.complexity() > MAX_COMPLEXITY) {
        complexCount++;
      }
      if (longest == null || f.lines() > longest.lines()) {
        longest = f;
      }
      if (mostComplex == null || f.complexity() > mostComplex.complexity()) {
        mostComplex = f;
      }
    }
    return new CodeStats(all.size(), longCount, complexCount, longest, mostComplex);
  }
}
