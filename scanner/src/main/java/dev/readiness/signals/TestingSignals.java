package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.Manifest;
import dev.readiness.facts.ProbeWords;
import dev.readiness.facts.TestPaths;
import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Pillar 3: testing. */
final class TestingSignals {
  private TestingSignals() {}

  /** Rust's unit tests live beside the code, in modules marked for tests. */
  private static final ProbeWords RUST_UNIT_TESTS =
      ProbeWords.of().in(Language.RUST, "#[cfg(test)]");

  private static final ProbeWords SIMPLECOV = ProbeWords.of().in(Language.RUBY, "minimum_coverage");
  private static final ProbeWords GO_BUILD_TAGS =
      ProbeWords.of().in(Language.GO, "//go:build integration", "+build integration");
  private static final ProbeWords TEMPLATE_TESTS =
      ProbeWords.of("Counter increments smoke test", "renders learn react link");
  private static final ProbeWords GO_PARALLEL = ProbeWords.of().in(Language.GO, "t.Parallel()");

  static void register(Map<String, SignalEvaluator> m) {
    m.put(
        "unit_tests_exist",
        probing(TestingSignals::unitTestsExist, RUST_UNIT_TESTS, TEMPLATE_TESTS));
    m.put("unit_tests_runnable", probing(TestingSignals::unitTestsRunnable, RUST_UNIT_TESTS));
    m.put("test_coverage_thresholds", probing(TestingSignals::coverageThresholds, SIMPLECOV));
    m.put("integration_tests_exist", probing(TestingSignals::integrationTests, GO_BUILD_TAGS));
    m.put("test_naming_conventions", probing(TestingSignals::naming, RUST_UNIT_TESTS));
    m.put("flaky_test_detection", TestingSignals::flaky);
    m.put("test_isolation", probing(TestingSignals::isolation, RUST_UNIT_TESTS, GO_PARALLEL));
    m.put("test_performance_tracking", TestingSignals::performance);
  }

  static Finder unitTests(SignalContext ctx) {
    return ctx.find()
        .ownFiles(
            "**/*Test.java",
            "**/*Tests.java",
            "**/*Test.kt",
            "**/*Tests.kt",
            "**/*{Test,Tests,Spec}.groovy",
            "**/*{Test,Tests,Spec,Suite}.scala",
            "**/*_test.go",
            "**/test_*.py",
            "**/*_test.py",
            "**/tests/**/*.py",
            "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
            "**/__tests__/**/*.{js,jsx,ts,tsx}",
            "**/tests/*.rs",
            "**/*_spec.rb",
            "**/spec/**/*_spec.rb",
            "**/test/**/*_test.rb",
            "**/*Test.php",
            "**/tests/**/*Test.php",
            "**/*Tests.cs",
            "**/*Test.cs",
            "**/test/**/*.{c,cc,cpp}",
            "**/tests/**/*.{c,cc,cpp}",
            "**/*_test.{c,cc,cpp}",
            "**/test_*.{c,cc,cpp}",
            "**/*.bats",
            "**/test/**/*_test.dart",
            "**/Tests/**/*.swift",
            "**/*Tests.swift",
            "**/test/**/*_test.exs",
            "**/tests/**/*.{c,cc,cpp}")
        .probeAnywhere(RUST_UNIT_TESTS)
        .add(testedBy(ctx, ".*"));
  }

  /**
   * .NET keeps tests in projects of their own (tests/App.Tests) that reference the project they
   * test: such a project's tests are the app's tests. Null when none references the app.
   */
  static String testedBy(SignalContext ctx, String testProjectName) {
    if (!ctx.has(Ecosystem.DOTNET) || ctx.app().isEmpty()) {
      return null;
    }
    List<String> projects =
        ctx.app().get().manifests().stream()
            .map(m -> m.path().substring(m.path().lastIndexOf('/') + 1))
            .filter(n -> n.matches("(?i).*\\.(cs|fs|vb)proj"))
            .toList();
    Pattern testProject = Finder.re(testProjectName);
    for (Manifest m : ctx.facts().manifests()) {
      String name = m.path().substring(m.path().lastIndexOf('/') + 1);
      boolean test = m.isDotnetTestProject() || TestPaths.isTestPath(m.dir());
      if (m.ecosystem() != Ecosystem.DOTNET || !test || !testProject.matcher(name).matches()) {
        continue;
      }
      String text = ctx.facts().text(m.path());
      if (text != null && projects.stream().anyMatch(text::contains)) {
        return "tested by " + m.path();
      }
    }
    return null;
  }

  private static Outcome unitTestsExist(SignalContext ctx) {
    Finder f = unitTests(ctx);
    if (f.found() && templateTests(ctx).containsAll(f.evidence())) {
      return Outcome.fail(
          "only the placeholder tests a project template writes: " + f.evidence().get(0));
    }
    return UnsupportedLanguage.unlessUnsupported(ctx, f.result("no unit test files found"));
  }

  /**
   * The placeholder tests a project template writes and nobody wrote: Android Studio's
   * ExampleUnitTest ({@code assertEquals(4, 2 + 2)}), Flutter's counter smoke test, Create React
   * App's "renders learn react link". A suite that has any other test counts whole.
   */
  private static Set<String> templateTests(SignalContext ctx) {
    return Set.copyOf(
        ctx.facts()
            .once(
                "template-tests",
                () -> {
                  List<String> out = new ArrayList<>();
                  ctx.facts()
                      .files()
                      .glob("**/Example{Unit,Instrumented}Test.{kt,java}")
                      .forEach(f -> out.add(f.path()));
                  for (String word : TEMPLATE_TESTS.words()) {
                    ctx.facts().probe(word).forEach(h -> out.add(h.path()));
                  }
                  return List.copyOf(out);
                }));
  }

  private static Outcome unitTestsRunnable(SignalContext ctx) {
    Finder f =
        ctx.find()
            .script("^test(:|$)")
            .files(
                "**/pytest.ini",
                "**/tox.ini",
                "**/noxfile.py",
                "**/conftest.py",
                "**/phpunit.xml*",
                "**/.rspec",
                "**/jest.config.*",
                "**/vitest.config.*")
            .section("tool\\.pytest.*|tool:pytest|jest")
            .contains("**/Makefile", "(?m)^test:")
            .contains("**/{justfile,Justfile}", "(?m)^test\\b")
            .contains("**/CMakeLists.txt", "enable_testing|add_test");
    if (unitTests(ctx).found()) {
      declaredByToolchain(ctx, f);
    }
    Docs.command(
            ctx,
            Finder.re(
                "(mvnw? (test|verify)|gradlew? test|npm (run )?test|yarn test"
                    + "|pnpm test|pytest|go test|cargo test|dotnet test|rspec|rake test|phpunit|ctest|make test"
                    + "|tox|nox)"))
        .ifPresent(w -> f.add("test command documented at " + w));
    return f.result("no declared or documented test command");
  }

  private static void declaredByToolchain(SignalContext ctx, Finder f) {
    if (ctx.has(Ecosystem.MAVEN)) {
      f.add("mvn test (Maven's standard lifecycle)");
    }
    if (ctx.has(Ecosystem.GRADLE)) {
      f.add("gradle test (Gradle's standard task)");
    }
    if (ctx.has(Ecosystem.GO)) {
      f.add("go test ./... (Go toolchain)");
    }
    if (ctx.has(Ecosystem.CARGO)) {
      f.add("cargo test (Cargo toolchain)");
    }
    if (ctx.has(Ecosystem.DOTNET)) {
      f.dependency("microsoft\\.net\\.test\\.sdk");
    }
  }

  private static Outcome coverageThresholds(SignalContext ctx) {
    return ctx.find()
        .contains(
            "**/{package.json,jest.config.*,vitest.config.*,vite.config.*,.nycrc*}",
            "coverageThreshold|thresholds\\s*:|check-coverage|\"branches\"\\s*:\\s*\\d")
        .contains(
            "**/{.coveragerc,setup.cfg,pyproject.toml,tox.ini,pytest.ini}",
            "fail_under|--cov-fail-under")
        .contains("**/pom.xml", "<goal>check</goal>[\\s\\S]*<minimum>|<haltOnFailure>")
        .contains(
            "**/build.gradle*", "jacocoTestCoverageVerification|minBound|koverVerify|kover\\s*\\{")
        .filesAnywhere("codecov.yml", ".codecov.yml")
        .automation("--cov-fail-under|--fail-under|minimum_coverage|go-test-coverage|Threshold=")
        .probeAnywhere(SIMPLECOV)
        .result("no minimum coverage is enforced");
  }

  private static Outcome integrationTests(SignalContext ctx) {
    return ctx.find()
        .ownFiles(
            "**/*IT.java",
            "**/*IT.kt",
            "**/src/it/**",
            "**/src/integrationTest/**",
            "**/tests/integration/**",
            "**/test/integration/**",
            "**/integration-tests/**",
            "**/e2e/**",
            "**/*.e2e.*",
            "**/cypress/**",
            "**/playwright.config.*",
            "**/cypress.config.*",
            "**/features/*.feature",
            "**/*_integration_test.{go,dart,exs,rb,py,rs}",
            "**/{test,tests,spec,Tests}/**/{integration,functional,acceptance,e2e,end-to-end,system}/**",
            "**/integration_test/**",
            "**/*{IntegrationTest,IntegrationTests,EndToEndTest,EndToEndTests,E2ETest,AcceptanceTest"
                + ",FunctionalTest}*.{java,kt,cs,swift,php,scala,groovy}",
            "**/*{IntegrationTests,EndToEndTests,FunctionalTests,AcceptanceTests}/**",
            "**/*.{integration,acceptance,e2e}.test.{js,ts,mjs}",
            "**/acceptance.test.{js,ts,mjs}")
        .add(ctx.has(Ecosystem.CARGO) ? rustIntegrationTests(ctx) : null)
        .add(
            testedBy(
                ctx, "(?i).*(integration|endtoend|e2e|functional|acceptance)tests?\\.(cs|fs)proj"))
        .files("**/playwright.config.*", "**/cypress.config.*")
        .dependency(
            "playwright|@playwright/test|cypress|selenium.*|org\\.seleniumhq.*|webdriverio"
                + "|puppeteer|capybara|testcontainers.*|org\\.testcontainers:.*|@testcontainers/.*"
                + "|github\\.com/testcontainers/.*|dotnet\\.testcontainers|supertest")
        .plugin(".*maven-failsafe-plugin")
        .probeAnywhere(GO_BUILD_TAGS)
        .result(
            ctx.has(Ecosystem.CARGO)
                ? "no integration tests (Rust: tests/ directory)"
                : "no integration or end-to-end tests found");
  }

  /** Cargo's own definition: every file directly in a crate's tests/ is an integration test. */
  private static String rustIntegrationTests(SignalContext ctx) {
    Finder f = ctx.find().ownFiles("tests/*.rs", "**/tests/*.rs");
    return f.found() ? f.evidence().get(0) + " (Cargo integration test)" : null;
  }

  private static Outcome naming(SignalContext ctx) {
    if (!unitTests(ctx).found()) {
      return Outcome.skip("no tests: nothing to name");
    }
    Finder f =
        ctx.find()
            .contains(
                "**/{package.json,jest.config.*,vitest.config.*}",
                "testMatch|testRegex|include\\s*:")
            .contains(
                "**/{pytest.ini,pyproject.toml,setup.cfg,tox.ini}", "python_files|python_functions")
            .contains("**/pom.xml", "<includes>[\\s\\S]*<include>")
            .contains("**/build.gradle*", "includeTestsMatching|include\\s*\\(?['\"]\\*\\*")
            .dependency(
                "eslint-plugin-jest|eslint-plugin-vitest|@vitest/eslint-plugin|rubocop-rspec"
                    + "|flake8-pytest-style");
    if (ctx.has(Ecosystem.GO)) {
      f.add("Go toolchain requires *_test.go and TestXxx names");
    }
    if (ctx.has(Ecosystem.CARGO)) {
      f.add("Cargo discovers #[test] functions and tests/ files by convention");
    }
    return f.result("test discovery is not configured explicitly");
  }

  private static Outcome flaky(SignalContext ctx) {
    return ctx.find()
        .contains("**/{jest.config.*,jest.setup.*,package.json}", "retryTimes|jest-retries")
        .contains("**/{playwright.config.*,cypress.config.*}", "retries\\s*:")
        .dependency(
            "pytest-rerunfailures|flaky|pytest-flakefinder|rspec-retry|jest-circus-retry"
                + "|org\\.gradle\\.test-retry|buildpulse.*")
        .plugin("org\\.gradle\\.test-retry")
        .contains("**/pom.xml", "rerunFailingTestsCount")
        .contains("**/.config/nextest.toml", "retries")
        .automation(
            "--reruns|rerunFailingTestsCount|--rerun-fails|quarantine|buildpulse"
                + "|trunk-io/analytics-uploader|flaky")
        .result("flaky tests are neither retried with reporting nor quarantined");
  }

  private static Outcome isolation(SignalContext ctx) {
    if (!unitTests(ctx).found()) {
      return Outcome.skip("no tests: nothing to isolate");
    }
    Finder f =
        ctx.find()
            .dependency(
                "jest|vitest|pytest-xdist|xunit|parallel_tests|paratestphp/paratest"
                    + "|brianium/paratest|mocha-parallel-tests|ava")
            .contains("**/pom.xml", "<forkCount>|<parallel>|junit\\.jupiter\\.execution\\.parallel")
            .contains("**/junit-platform.properties", "parallel\\.enabled\\s*=\\s*true")
            .contains("**/build.gradle*", "maxParallelForks")
            // the flags count on a test command only: "docker run -p 8080" publishes a port
            .automation(
                "pytest[^\\n]{0,200}-n (auto|\\d)"
                    + "|(go test|ctest|mvnw?|gradlew?|dotnet test|rspec|phpunit|paratest|jest|vitest)"
                    + "[^\\n]{0,200}(--parallel|-p \\d|-j ?\\d)")
            .probeAnywhere(GO_PARALLEL);
    if (ctx.has(Ecosystem.CARGO) && unitTests(ctx).found()) {
      f.add("cargo test runs tests in parallel threads by default");
    }
    return f.result("tests are not configured to run isolated and in parallel");
  }

  private static Outcome performance(SignalContext ctx) {
    return ctx.find()
        .dependency("jest-junit|pytest-html|mocha-junit-reporter|gotestsum")
        .contains("**/{pytest.ini,pyproject.toml,setup.cfg}", "--durations")
        .ci(
            "junit|test-results|--junitxml|dorny/test-reporter|action-junit-report"
                + "|publish-unit-test-result|store_test_results|--durations|buildpulse|datadog-ci junit"
                + "|codecov/test-results-action|surefire-reports|--junitfile|trx")
        .result("test durations are not reported or tracked");
  }
}
