package dev.readiness.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises test, fixture and example paths. */
public final class TestPaths {
  private static final Pattern TEST_DIR =
      Pattern.compile(
          "(^|/)(test|tests|__tests__|spec|specs|testdata|test-data|fixtures?|__fixtures__"
              + "|testing|e2e|mocks?|__mocks__|src/test|src/it)(/|$)");

  private static final Pattern DATA_DIR =
      Pattern.compile("(^|/)(examples?|samples?|testdata|test-data|fixtures?|__fixtures__)/");

  private TestPaths() {}

  /**
   * Example, sample and fixture material: it shows or feeds other code, so its text is not evidence
   * of this repository's own practices (a fixture that mentions a tool does not run the tool).
   */
  public static boolean isDataPath(String path) {
    return DATA_DIR.matcher(path.toLowerCase(Locale.ROOT)).find();
  }

  public static boolean isTestPath(String path) {
    return TEST_DIR.matcher(path.toLowerCase(Locale.ROOT)).find();
  }
}
