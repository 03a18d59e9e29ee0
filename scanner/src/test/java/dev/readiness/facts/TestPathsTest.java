package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestPathsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/java/dev/x/ParserTest.java",
        "tests/unit/parse.py",
        "crypto/tls/example_test.go",
        "pkg/test_parser.py",
        "web/src/auth.test.ts",
        "web/src/auth.spec.tsx",
        "core/src/main/kotlin/ParserTests.kt",
        "service/src/it/java/StoreIT.java",
        "lib/parser_spec.rb",
        "app/src/test/groovy/ParserSpec.groovy",
        "Tests/ParserTests.cs",
        "test/install.bats",
        "scripts/deploy_test.sh",
        "__mocks__/api.js"
      })
  void recognisesTestSourcesByDirectoryOrName(String path) {
    assertThat(TestPaths.isTestPath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs/output/logging.html", "doc/api.html", "man/man1/npm-audit.1"})
  void recognisesDocumentationTrees(String path) {
    assertThat(TestPaths.isDocumentationPath(path)).isTrue();
    assertThat(TestPaths.isDocumentationPath("src/" + path.replace("/", "_"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/basic/main.go",
        "picocli-examples/src/main/java/Demo.java",
        "annotation-processing/example-gradle-project/build.gradle",
        "docs/samples_v2/app.py",
        "pkg/testdata/input.json"
      })
  void recognisesExamplesAndFixtures(String path) {
    assertThat(TestPaths.isDataPath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/counterexample/Search.java", "lib/resample.py", "src/examples.rs"})
  void leavesWordsThatContainExampleAlone(String path) {
    assertThat(TestPaths.isDataPath(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/main/java/dev/x/Parser.java",
        "src/main/java/dev/x/Contest.java",
        "src/main/java/dev/x/ApiSpec.java",
        "pkg/parser.go",
        "pkg/testutil.go",
        "web/src/latest.ts",
        "lib/attest.py",
        "docs/testing-guide.md"
      })
  void leavesShippedCodeAlone(String path) {
    assertThat(TestPaths.isTestPath(path)).isFalse();
  }

  @Test
  void aDocsPackageInAJvmSourceRootIsCodeAndADocsTreeIsDocumentation() {
    assertThat(
            TestPaths.isDocumentationPath(
                "scanner/src/test/java/dev/readiness/docs/AgentsMdTest.java"))
        .isFalse();
    assertThat(TestPaths.isDocumentationPath("src/main/kotlin/com/acme/docs/Renderer.kt"))
        .isFalse();
    assertThat(TestPaths.isDocumentationPath("docs/guide.md")).isTrue();
    assertThat(TestPaths.isDocumentationPath("src/docs/asciidoc/index.adoc")).isTrue();
    assertThat(TestPaths.isDocumentationPath("docs/samples/src/main/java/Demo.java")).isTrue();
  }
}
