package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.ProbeWords;
import dev.readiness.metrics.Language;
import java.util.Map;

/** Pillar 6, the rows about tooling that guards quality. */
final class QualityToolSignals {
  static final String ORM =
      ".*(hibernate.*|spring-boot-starter-data-jpa|jakarta\\.persistence.*|django|sqlalchemy|activerecord"
          + "|rails|sequelize|typeorm|prisma|@prisma/client|gorm\\.io/gorm|entityframeworkcore.*"
          + "|doctrine/orm|laravel/framework|diesel|ecto|mongoose|drizzle-orm|mikro-orm.*|peewee|tortoise-orm).*";

  private QualityToolSignals() {}

  private static final ProbeWords QUERY_COUNTERS =
      ProbeWords.of("assertNumQueries")
          .in(Language.PYTHON, "django_assert_num_queries")
          .and("assertQueryCount", "generate_statistics", "QueryCountHolder", "expectQueryCount")
          .in(Language.RUBY, "strict_loading");

  static void register(Map<String, SignalEvaluator> m) {
    m.put("large_file_detection", QualityToolSignals::largeFileDetection);
    m.put("dead_code_detection", QualityToolSignals::deadCode);
    m.put("duplicate_code_detection", QualityToolSignals::duplicateCodeDetection);
    m.put("tech_debt_tracking", QualityToolSignals::techDebtTracking);
    m.put("code_modularization", QualityToolSignals::modularization);
    m.put("heavy_dependency_detection", QualityToolSignals::heavyDependencyDetection);
    m.put("n_plus_one_detection", probing(QualityToolSignals::nPlusOneDetection, QUERY_COUNTERS));
    m.put("code_quality_metrics", QualityToolSignals::codeQualityMetrics);
    m.put("cyclomatic_complexity", QualityToolSignals::complexity);
  }

  private static Outcome largeFileDetection(SignalContext ctx) {
    return ctx.find()
        .contains(".pre-commit-config.yaml", "check-added-large-files")
        .contains(".gitattributes", "filter=lfs")
        .containsAnywhere("**/{.eslintrc*,eslint.config.*}", "max-lines")
        .containsAnywhere("**/*.xml", "FileLength|ExcessiveClassLength|NcssCount")
        .containsAnywhere(
            "**/{.rubocop.yml,.pylintrc,pylintrc,pyproject.toml,detekt*.yml}",
            "ClassLength|max-module-lines|LargeClass")
        .ci("file-size|large files|max-lines|git lfs|check-added-large-files|max-file-size")
        .result("nothing prevents large files from being committed");
  }

  private static Outcome duplicateCodeDetection(SignalContext ctx) {
    return ctx.find()
        .dependency("jscpd")
        .files("**/.jscpd.json")
        .contains("**/pom.xml", "cpd-check|<goal>cpd</goal>")
        .contains("**/.golangci.{yml,yaml,toml}", "\\bdupl\\b")
        // pylint's duplicate-code check (R0801) is tuned in its SIMILARITIES section
        .contains("**/{pylintrc,.pylintrc}", "(?m)^\\[SIMILARITIES\\]|min-similarity-lines")
        .section("tool\\.pylint\\.similarities")
        .filesAnywhere("sonar-project.properties")
        .automation(
            "jscpd|\\bcpd\\b|\\bdupl\\b|simian|duplicate-code|pmd:cpd|pylint[^\\n]{0,200}duplicate")
        .result("duplicated code is not detected");
  }

  private static Outcome techDebtTracking(SignalContext ctx) {
    return ctx.find()
        .containsAnywhere("**/{.eslintrc*,eslint.config.*}", "no-warning-comments")
        .dependency("flake8-todos|flake8-fixme|eslint-plugin-no-todo|leasot")
        .containsAnywhere("**/{ruff.toml,.ruff.toml,pyproject.toml}", "\"(TD|FIX)\\d*\"")
        .containsAnywhere("**/.golangci.{yml,yaml,toml}", "godox")
        .containsAnywhere("**/*.xml", "TodoComment")
        .containsAnywhere("**/detekt*.yml", "ForbiddenComment")
        .ci("todo-to-issue|todocheck|leasot|tdg-github-action|todo-actions")
        .result("TODO and FIXME markers are not tracked");
  }

  private static Outcome heavyDependencyDetection(SignalContext ctx) {
    if (!QualitySignals.isFrontend(ctx)) {
      return Outcome.skip("not a front end: bundle size does not apply");
    }
    return ctx.find()
        .dependency(
            "size-limit|@size-limit/.*|bundlewatch|webpack-bundle-analyzer|rollup-plugin-visualizer"
                + "|source-map-explorer|bundlesize|vite-bundle-visualizer|@next/bundle-analyzer")
        .section("size-limit|bundlewatch|bundlesize")
        .files("**/.size-limit.*", "**/bundlewatch.config.json")
        .result("bundle size is not watched");
  }

  private static Outcome nPlusOneDetection(SignalContext ctx) {
    if (!ctx.find().dependency(ORM).found()) {
      return Outcome.skip("no ORM among the dependencies");
    }
    return ctx.find()
        .dependency(
            "bullet|nplusone|prosopite|django-zen-queries|datasource-proxy.*"
                + "|io\\.hypersistence:.*|com\\.vladmihalcea:.*")
        .probeAnywhere(QUERY_COUNTERS)
        .result("N+1 queries are not detected");
  }

  private static Outcome codeQualityMetrics(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "sonar-project.properties",
            "codecov.yml",
            ".codecov.yml",
            ".coveralls.yml",
            ".codeclimate.yml",
            "qlty.toml",
            ".deepsource.toml")
        .plugin(".*sonar.*")
        .ci("sonar|codecov|coveralls|codeclimate|qlty|deepsource|codacy")
        .result("quality metrics are not tracked over time");
  }

  private static Outcome deadCode(SignalContext ctx) {
    Finder f =
        ctx.find()
            .dependency("knip|ts-prune|vulture|unimported|deadcode|ts-unused-exports")
            .contains("**/{.eslintrc*,eslint.config.*}", "no-unused-vars|recommended")
            .contains("**/.golangci.{yml,yaml,toml}", "unused|deadcode|staticcheck")
            .contains(
                "**/*.xml",
                "Unused(PrivateField|PrivateMethod|LocalVariable|FormalParameter)|unusedcode")
            .plugin(".*spotbugs.*")
            .files("**/ruff.toml", "**/.ruff.toml", "**/.flake8")
            .section("tool\\.ruff|flake8")
            .automation("vulture|knip|ts-prune|staticcheck|deadcode");
    if (ctx.languages().contains(Language.RUST)) {
      f.add("rustc's dead_code lint is on by default");
    }
    return f.result("dead code is not detected");
  }

  private static Outcome modularization(SignalContext ctx) {
    Finder f =
        ctx.find()
            .dependency(
                "com\\.tngtech\\.archunit:.*|dependency-cruiser|eslint-plugin-boundaries"
                    + "|import-linter|@nx/enforce-module-boundaries|konsist|deptrac/deptrac|qossmic/deptrac")
            .contains(
                "**/{.eslintrc*,eslint.config.*}",
                "enforce-module-boundaries|no-restricted-paths|boundaries/")
            .files("**/.importlinter", "**/.dependency-cruiser.*", "**/deptrac.yaml")
            .section("tool\\.importlinter")
            .contains("**/.golangci.{yml,yaml,toml}", "depguard")
            .ownFiles("**/module-info.java");
    if (ctx.has(Ecosystem.GO)) {
      f.ownFiles("**/internal/**/*.go");
    }
    return f.result("module boundaries are not enforced");
  }

  private static Outcome complexity(SignalContext ctx) {
    return ctx.find()
        .contains("**/{.eslintrc*,eslint.config.*}", "complexity")
        .dependency("lizard|radon|xenon|mccabe|eslint-plugin-sonarjs")
        .contains("**/.golangci.{yml,yaml,toml}", "gocyclo|gocognit|cyclop")
        .contains("**/*.xml", "CyclomaticComplexity|CognitiveComplexity|NPathComplexity")
        .contains("**/{clippy.toml,.clippy.toml}", "cognitive-complexity-threshold")
        .contains(
            "**/{ruff.toml,.ruff.toml,pyproject.toml,setup.cfg,.flake8,tox.ini}",
            "max-complexity|\"C90\"|mccabe")
        .contains("**/detekt*.yml", "ComplexMethod|CyclomaticComplexMethod")
        .contains("**/.rubocop.yml", "Metrics/(Cyclomatic|Perceived)Complexity")
        .automation("lizard|radon|xenon|gocyclo|gocognit")
        .result("complexity is not enforced by tooling");
  }
}
