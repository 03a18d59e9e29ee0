package dev.readiness.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises test, fixture and example paths. */
public final class TestPaths {
  private static final Pattern TEST_DIR =
      Pattern.compile(
          "(^|/)(test|tests|__tests__|spec|specs|testdata|test-data|fixtures?|__fixtures__"
              + "|testing|e2e|mocks?|__mocks__|src/test|src/it)(/|$)");

  private TestPaths() {}

  public static boolean isTestPath(String path) {
    return TEST_DIR.matcher(path.toLowerCase(Locale.ROOT)).find();
  }
}
