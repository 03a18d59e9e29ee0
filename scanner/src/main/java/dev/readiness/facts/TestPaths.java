package dev.readiness.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises test sources, fixtures, examples and documentation trees by their paths. */
public final class TestPaths {
  private static final FilteredPattern TEST_DIR =
      FilteredPattern.compile(
          "(^|/)(test|tests|__tests__|spec|specs|testdata|test-data|fixtures?|__fixtures__"
              + "|testing|e2e|mocks?|__mocks__|src/test|src/it)(/|$)",
          Pattern.CASE_INSENSITIVE);

  /** Test sources by their file name, as each ecosystem's test runner finds them. */
  private static final FilteredPattern TEST_FILE =
      FilteredPattern.compile(
          "(_test\\.(go|py|rb|exs?|c|cc|cpp|sh)|\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs|mts|cts)"
              + "|(Test|Tests|IT)\\.(java|kt|scala|groovy|cs|php|swift)|Spec\\.(groovy|kt|scala|swift)"
              + "|_spec\\.rb|\\.bats)$|^test_[^/]*\\.py$",
          0);

  /** A folder of examples: examples/, samples/, picocli-examples/, example-maven-project/. */
  static final String EXAMPLE_SEGMENT = "([^/]*[-_.])?(examples?|samples?)([-_.][^/]*)?";

  private static final FilteredPattern DATA_DIR =
      FilteredPattern.compile(
          "(^|/)(testdata|test-data|fixtures?|__fixtures__)/", Pattern.CASE_INSENSITIVE);

  private static final Pattern EXAMPLE_DIR =
      Pattern.compile("(^|/)" + EXAMPLE_SEGMENT + "/", Pattern.CASE_INSENSITIVE);

  /** A source root: below it, a folder named like an example is a package ({@code org.example}). */
  private static final Pattern SOURCE_ROOT =
      Pattern.compile("(^|/)(src|source|sources|lib)/", Pattern.CASE_INSENSITIVE);

  private static final FilteredPattern DOCS_DIR =
      FilteredPattern.compile("(^|/)(docs?|man)/", Pattern.CASE_INSENSITIVE);

  private TestPaths() {}

  /**
   * Under a documentation directory: pages (often generated HTML) that describe what the code does,
   * so a word in them ("redact", "/healthz") is not the code doing it.
   */
  public static boolean isDocumentationPath(String path) {
    if (!DOCS_DIR.find(path)) {
      return false;
    }
    Matcher root = JVM_SOURCE_ROOT.matcher(path);
    if (!root.find()) {
      return true;
    }
    // below src/main/java/ a docs folder is a package (dev.readiness.docs), unless one comes first
    return DOCS_DIR.find(path.substring(0, root.start() + 1));
  }

  /** A JVM source root: every folder below it is a package, whatever its name. */
  private static final Pattern JVM_SOURCE_ROOT =
      Pattern.compile("(^|/)src/(main|test|it|integrationTest)/(java|kotlin|scala|groovy)/");

  /**
   * Example, sample and fixture material: it shows or feeds other code, so its text is not evidence
   * of this repository's own practices (a fixture that mentions a tool does not run the tool).
   */
  public static boolean isDataPath(String path) {
    return DATA_DIR.find(path) || isExamplePath(path);
  }

  /**
   * Under an examples or samples folder that is an example app or module, not a package path inside
   * a source root: {@code examples/basic/app.py} is an example, {@code
   * src/test/java/org/example/AppTest.java} is this project's own test.
   */
  static boolean isExamplePath(String path) {
    if (!AsciiCase.contains(path, "ampl")) {
      return false; // the common case, without a regular expression
    }
    Matcher m = EXAMPLE_DIR.matcher(path);
    while (m.find()) {
      if (!SOURCE_ROOT.matcher(path.substring(0, m.start() + 1)).find()) {
        return true;
      }
    }
    return false;
  }

  public static boolean isTestPath(String path) {
    return TEST_DIR.find(path) || TEST_FILE.find(path.substring(path.lastIndexOf('/') + 1));
  }
}
