package dev.readiness.facts;

import java.util.regex.Pattern;

/** Recognises test, fixture and example paths. */
public final class TestPaths {
  private static final FilteredPattern TEST_DIR =
      FilteredPattern.compile(
          "(^|/)(test|tests|__tests__|spec|specs|testdata|test-data|fixtures?|__fixtures__"
              + "|testing|e2e|mocks?|__mocks__|src/test|src/it)(/|$)",
          Pattern.CASE_INSENSITIVE);

  private static final FilteredPattern DATA_DIR =
      FilteredPattern.compile(
          "(^|/)(examples?|samples?|testdata|test-data|fixtures?|__fixtures__)/",
          Pattern.CASE_INSENSITIVE);

  private TestPaths() {}

  /**
   * Example, sample and fixture material: it shows or feeds other code, so its text is not evidence
   * of this repository's own practices (a fixture that mentions a tool does not run the tool).
   */
  public static boolean isDataPath(String path) {
    return DATA_DIR.find(path);
  }

  public static boolean isTestPath(String path) {
    return TEST_DIR.find(path);
  }
}
