package dev.readiness.signals;

import dev.readiness.facts.ProbeWords;
import dev.readiness.metrics.Language;
import java.util.Set;

/** strict_typing: strictness switched on for the languages that have such a switch. */
final class StrictTyping {
  /** Sorbet's strictest level, declared per file. */
  static final ProbeWords SORBET_STRICT = ProbeWords.of().in(Language.RUBY, "# typed: strict");

  private StrictTyping() {}

  static Outcome evaluate(SignalContext ctx) {
    Set<Language> langs = ctx.languages();
    boolean meaningful = false;
    Finder f = ctx.find();
    for (Language l : langs) {
      meaningful |= check(ctx, f, l);
    }
    if (!meaningful) {
      return Outcome.skip(
          langs.isEmpty()
              ? "no source code in a measured language"
              : "strict mode has no meaning for " + langs.iterator().next().id());
    }
    return f.result("strict type checking is not enabled");
  }

  /** Adds evidence for one language; returns whether strictness means anything there. */
  private static boolean check(SignalContext ctx, Finder f, Language l) {
    switch (l) {
      case TYPESCRIPT -> f.contains("**/tsconfig*.json", "\"strict\"\\s*:\\s*true");
      case PYTHON ->
          f.contains(
                  "**/{mypy.ini,.mypy.ini,setup.cfg,pyproject.toml}",
                  "(?m)^\\s*strict\\s*=\\s*(true|True|1)")
              .contains(
                  "**/{pyrightconfig.json,pyproject.toml}",
                  "typeCheckingMode\"?\\s*[:=]\\s*\"strict\"")
              .automation("mypy\\s+[^\\n]{0,200}--strict");
      case JAVA, KOTLIN ->
          f.contains(
              "**/{pom.xml,build.gradle,build.gradle.kts}",
              "-Werror|<failOnWarning>true|allWarningsAsErrors\\s*[=(]\\s*true|warningsAsErrors\\s*=\\s*true");
      case CSHARP ->
          f.contains("**/{*.csproj,Directory.Build.props}", "<TreatWarningsAsErrors>true");
      case C, CPP -> f.contains("**/{CMakeLists.txt,Makefile,*.cmake,meson.build}", "-Werror");
      case RUST ->
          f.contains("**/*.rs", "#!\\[deny\\(warnings")
              .automation("-D warnings|-Dwarnings")
              .section("lints|lints\\.rust");
      case PHP ->
          f.contains("**/phpstan.neon*", "level:\\s*(max|9|10)\\b")
              .contains("**/psalm.xml", "errorLevel=\"1\"");
      case RUBY -> f.probe(SORBET_STRICT);
      default -> {
        return false;
      }
    }
    return ctx.languages().contains(l);
  }
}
