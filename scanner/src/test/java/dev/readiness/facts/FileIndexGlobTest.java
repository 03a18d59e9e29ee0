package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Narrowed glob lookups find exactly what matching every path would. */
class FileIndexGlobTest {
  static final List<String> PATHS =
      List.of(
          "README.md",
          "readme",
          "Makefile",
          "justfile",
          ".github/workflows/ci.yml",
          ".github/workflows/release.YAML",
          ".devcontainer/Dockerfile",
          "dev.Dockerfile",
          "services/api/src/test/java/dev/FooTest.java",
          "services/api/src/it/java/dev/FlowIT.java",
          "services/api/src/main/java/dev/ProbeHit.java",
          "services/api/src/test/java/dev/LatestTest.java",
          "services/api/pom.xml",
          "web/src/app.test.tsx",
          "web/src/__tests__/util.js",
          "web/jest.config.ts",
          "web/package.json",
          "lib/tests/integration/test_db.py",
          "lib/conftest.py",
          "lib/pytest.ini",
          "native/test/parse.cpp",
          "native/parse_test.c",
          "ruby/spec/models/user_spec.rb",
          "archive.tar.gz",
          "docs/guide.adoc",
          "docs/README.md",
          "LICENSE",
          "sub/LICENSE.txt",
          "web/.eslintrc.json",
          "web/eslint.config.js",
          "web/vitest.config.mts",
          ".github/renovate.json",
          "renovate.json",
          "THREAT-MODEL.md",
          "db/Migrations/001.sql",
          "db/migrations/inner/migrations/002.sql",
          "app/migrations",
          "migrations-old/003.sql",
          "ops/runbooks/deploy.md",
          "ops/Runbook-old/restore.md",
          "tests/test_root.py");

  static final FileIndex INDEX =
      new FileIndex(
          PATHS.stream()
              .map(p -> new FileEntry(p, 10, FileKind.TEXT, false, false, 1, null, null))
              .toList());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "README{,.md,.rst,.adoc,.txt,.markdown}",
        ".github/workflows/*.{yml,yaml}",
        "{Dockerfile.dev,dev.Dockerfile,.devcontainer/Dockerfile}",
        "**/*Test.java",
        "**/*IT.java",
        "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
        "**/__tests__/**/*.{js,jsx,ts,tsx}",
        "**/tests/**/*.py",
        "**/test/**/*.{c,cc,cpp}",
        "**/*_test.{c,cc,cpp}",
        "**/{justfile,Justfile}",
        "**/{package.json,jest.config.*,vitest.config.*,vite.config.*,.nycrc*}",
        "**/src/it/**",
        "**/spec/**/*_spec.rb",
        "**/*.gz",
        "*.tar.gz",
        "**/pytest.ini",
        "docs/*.adoc",
        "**/*.{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}",
        "README*",
        "LICEN{S,C}E*",
        "*.md",
        "threat-model*",
        "**/vitest.config.*",
        "**/{.eslintrc*,eslint.config.*}",
        "{renovate.json,renovate.json5,.github/renovate.json,.renovaterc*}",
        "**/LICENSE*",
        "**/migrations/**",
        "**/Migrations/**/*.sql",
        "**/runbook*/**",
        "**/db/changelog/**",
        "**/inner/migrations/*.sql",
        "db/**/migrations/**",
        "**/*"
      })
  void narrowedLookupEqualsFullScan(String pattern) {
    Glob glob = Glob.of(pattern);
    List<String> expected = PATHS.stream().filter(glob::matches).sorted().toList();
    assertThat(INDEX.glob(pattern).stream().map(FileEntry::path).toList())
        .as(pattern)
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "**/*Test.java",
        "**/*IT.java",
        "**/tests/**/*.py",
        "**/__tests__/**/*.{js,jsx,ts,tsx}",
        "**/src/it/**",
        "**/LICENSE*",
        "**/{justfile,Justfile}",
        "**/*",
        "**/**/*.md",
        "**/workflows/*.{yml,yaml}",
        "docs/**",
        "*"
      })
  void shortcutsAgreeWithTheWholePathRegex(String pattern) {
    Pattern whole = Pattern.compile(Glob.toRegex(pattern), Pattern.CASE_INSENSITIVE);
    Glob glob = Glob.of(pattern);
    for (String path : PATHS) {
      assertThat(glob.matches(path))
          .as(pattern + " ~ " + path)
          .isEqualTo(whole.matcher(path).matches());
    }
  }

  @Test
  void theRequiredLiteralIsTheLongestRunOutsideBracesWithoutSlashes() {
    assertThat(Glob.requiredLiteral("**/migrations/**")).isEqualTo("migrations");
    assertThat(Glob.requiredLiteral("**/__tests__/**/*.{js,jsx}")).isEqualTo("__tests__");
    assertThat(Glob.requiredLiteral("docs/{runbook,playbook}s/*.md")).isEqualTo("docs");
    assertThat(Glob.requiredLiteral("**/*")).isEmpty();
  }

  @Test
  void everyCatalogStyleGlobFindsSomething() {
    assertThat(
            Stream.of("**/*Test.java", "**/*.{test,spec}.{js,jsx,ts,tsx}", "**/{justfile,Justfile}")
                .map(INDEX::glob))
        .allSatisfy(l -> assertThat(l).isNotEmpty());
  }

  @Test
  void capitalsAfterAStarAreAConventionButLiteralNamesIgnoreCase() {
    assertThat(Glob.of("**/*IT.java").matches("a/FlowIT.java")).isTrue();
    assertThat(Glob.of("**/*IT.java").matches("a/ProbeHit.java")).isFalse();
    assertThat(Glob.of("**/*Test.java").matches("a/Latest.java")).isFalse();
    assertThat(Glob.of("**/*Test.java").matches("a/LatestTest.java")).isTrue();
    assertThat(Glob.of("README*").matches("readme.md")).isTrue();
    assertThat(Glob.of("**/*.YML").matches("ci.yml")).isTrue();
    assertThat(Glob.of(".github/workflows/*.{yml,yaml}").matches(".github/workflows/r.YAML"))
        .isTrue();
  }

  @Test
  void bracesExpandNestedAndBounded() {
    assertThat(Glob.expand("a{b,c{d,e}}f", 64)).containsExactly("abf", "acdf", "acef");
    assertThat(Glob.expand("{x,y}/{1,2}", 64)).containsExactly("x/1", "x/2", "y/1", "y/2");
    assertThat(Glob.expand("plain/*.java", 64)).containsExactly("plain/*.java");
    assertThat(Glob.expand("{a,b}{c,d}{e,f}", 4)).isEmpty();
  }
}
