package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.engine.Report;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppDetectorTest {
  @TempDir Path dir;

  @Test
  void aProjectWithoutAManifestIsTheAppAndItsToolingScriptsAreNot() throws Exception {
    Report r =
        scan(
            Map.of(
                "Makefile", "test:\n\tbats test\n",
                "libexec/tool", "#!/usr/bin/env bash\necho tool\n",
                "src/realpath.c", "int main(void) { return 0; }\n",
                "test/tool.bats", "@test \"runs\" {\n  run tool\n}\n",
                "plugins/build/scripts/requirements.txt", "requests==2.32.0\n",
                "plugins/build/scripts/add.py", "def add():\n    return 1\n"));
    // the helper scripts' requirements.txt is tooling: it must not drag the project's gates down
    assertThat(appIds(r)).containsExactly(".");
    assertThat(r.apps().get(0).signals()).containsEntry("unit_tests_exist", "pass");
  }

  @Test
  void benchmarksFuzzTargetsAndToolingAreNoApps() throws Exception {
    Report r =
        scan(
            Map.of(
                "Cargo.toml", "[package]\nname = \"a\"\n",
                "src/lib.rs", "pub fn a() {}\n",
                "fuzz/Cargo.toml", "[package]\nname = \"a-fuzz\"\n",
                "fuzz/src/main.rs", "fn main() {}\n",
                "bench/Cargo.toml", "[package]\nname = \"a-bench\"\n",
                "bench/src/main.rs", "fn main() {}\n",
                "tools/gen/Cargo.toml", "[package]\nname = \"gen\"\n",
                "tools/gen/src/main.rs", "fn main() {}\n"));
    assertThat(appIds(r)).containsExactly(".");
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(
            "most source outside every app makes the root an app",
            Map.of(
                "lib/sdk/core.py", "def core():\n    return 1\n",
                "lib/sdk/auth.py", "def auth():\n    return 2\n",
                "lib/sdk/cli.py", "def main():\n    return 0\n",
                "lib/surface/web/package.json", "{\"name\":\"web\"}",
                "lib/surface/web/index.js", "module.exports = 1\n"),
            List.of(".", "lib/surface/web")),
        Arguments.of(
            "a workspace root with its own lib/ is an app",
            Map.of(
                "package.json", "{\"name\":\"npm\",\"workspaces\":[\"workspaces/*\"]}",
                "lib/cli.js", "module.exports = () => 0\n",
                "workspaces/arborist/package.json", "{\"name\":\"arborist\"}",
                "workspaces/arborist/index.js", "module.exports = 1\n"),
            List.of(".", "workspaces/arborist")),
        Arguments.of(
            "a monorepo root with a Makefile and scripts is no app",
            Map.of(
                "Makefile", "build:\n\tgo build ./...\n",
                "scripts/release.py", "print('release')\n",
                "services/a/go.mod", "module example.com/a\n",
                "services/a/main.go", "package main\nfunc main() {}\n",
                "services/b/go.mod", "module example.com/b\n",
                "services/b/main.go", "package main\nfunc main() {}\n"),
            List.of("services/a", "services/b")),
        Arguments.of(
            "a declared examples module and the projects inside it are examples, not apps",
            Map.of(
                "settings.gradle", "include 'lib'\ninclude 'lib-examples'\n",
                "lib/build.gradle", "plugins { id 'java' }\n",
                "lib/src/main/java/Lib.java", "class Lib {}\n",
                "lib-examples/build.gradle", "plugins { id 'java' }\n",
                "lib-examples/src/main/java/Demo.java", "class Demo {}\n",
                "lib-examples/maven/example-maven-project/pom.xml",
                    "<project><artifactId>demo</artifactId></project>",
                "lib-examples/maven/example-maven-project/src/main/java/App.java",
                    "class App {}\n"),
            List.of(".", "lib")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void findsTheAppsOfALayout(String layout, Map<String, String> files, List<String> apps)
      throws Exception {
    assertThat(appIds(scan(files))).as(layout).containsExactlyElementsOf(apps);
  }

  @Test
  void aRepositoryWithNoManifestAtAllIsOneRootApp() throws Exception {
    Report r = scan(Map.of("run.sh", "echo hi\n"));
    assertThat(appIds(r)).containsExactly(".");
    assertThat(Fixtures.signal(r, "unit_tests_exist").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void anAppOwnsNoneOfTheFilesOfAnAppNestedInIt() throws Exception {
    Report r =
        scan(
            Map.of(
                "package.json", "{\"name\":\"express\"}",
                "index.js", "module.exports = require('./lib/express')\n",
                "lib/express.js", "exports.app = function () { return 1 }\n",
                "types-express/package.json", "{\"name\":\"@types/express\"}",
                "types-express/index.d.ts", "export declare function e(): void;\n"));
    assertThat(r.apps())
        .extracting(Report.AppInfo::id, Report.AppInfo::languages)
        .containsExactly(
            tuple(".", List.of("javascript")), tuple("types-express", List.of("typescript")));
    assertThat(r.apps().get(0).signals()).containsEntry("type_check", "fail");
    assertThat(r.apps().get(1).signals()).containsEntry("type_check", "pass");
  }

  @Test
  void aToolShippedAsAnImageIsACliAndItsSetupCommandIsNoManifest() throws Exception {
    Map<String, String> files =
        Map.of(
            "pyproject.toml",
            "[project]\nname = 'lint'\n\n[project.scripts]\nlint = 'lint:run'\n",
            "Dockerfile",
            "FROM python:3.12\nRUN pip install .\nENTRYPOINT [\"lint\"]\n",
            "lint/__init__.py",
            "def run():\n    return 0\n",
            "lint/config/setup.py",
            "def setup(parser):\n    parser.add_argument('--init')\n");
    Report r = scan(files);
    assertThat(r.apps())
        .extracting(Report.AppInfo::id, Report.AppInfo::kind)
        .containsExactly(tuple(".", "cli"));
    Map<String, String> service = new java.util.HashMap<>(files);
    service.put("Dockerfile", "FROM python:3.12\nEXPOSE 8080\nCMD [\"lint\", \"serve\"]\n");
    assertThat(scan(service).apps()).extracting(Report.AppInfo::kind).containsExactly("service");
  }

  private Report scan(Map<String, String> files) throws Exception {
    return Fixtures.scan(Fixtures.write(dir.resolve("repo"), files));
  }

  private static List<String> appIds(Report r) {
    return r.apps().stream().map(Report.AppInfo::id).toList();
  }
}
