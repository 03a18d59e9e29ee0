package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.engine.Report;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Status;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDetectorTest {
  @TempDir Path dir;

  @Test
  void aProjectWithoutAManifestIsAnAppBesideItsToolingScripts() throws Exception {
    Report r =
        Fixtures.scan(
            Fixtures.write(
                dir.resolve("pyenv-like"),
                Map.of(
                    "Makefile", "test:\n\tbats test\n",
                    "libexec/tool", "#!/usr/bin/env bash\necho tool\n",
                    "src/realpath.c", "int main(void) { return 0; }\n",
                    "test/tool.bats", "@test \"runs\" {\n  run tool\n}\n",
                    "plugins/build/scripts/requirements.txt", "requests==2.32.0\n",
                    "plugins/build/scripts/add.py", "def add():\n    return 1\n")));
    assertThat(r.apps())
        .extracting(Report.AppInfo::id)
        .containsExactly(".", "plugins/build/scripts");
    assertThat(r.apps().get(0).signals()).containsEntry("unit_tests_exist", "pass");
  }

  @Test
  void mostSourceOutsideEveryAppMakesTheRootAnApp() throws Exception {
    Report r =
        Fixtures.scan(
            Fixtures.write(
                dir.resolve("sdk-like"),
                Map.of(
                    "lib/sdk/core.py", "def core():\n    return 1\n",
                    "lib/sdk/auth.py", "def auth():\n    return 2\n",
                    "lib/sdk/cli.py", "def main():\n    return 0\n",
                    "lib/surface/web/package.json", "{\"name\":\"web\"}",
                    "lib/surface/web/index.js", "module.exports = 1\n")));
    assertThat(r.apps()).extracting(Report.AppInfo::id).containsExactly(".", "lib/surface/web");
  }

  @Test
  void aWorkspaceRootWithItsOwnLibIsAnApp() throws Exception {
    Report r =
        Fixtures.scan(
            Fixtures.write(
                dir.resolve("npm-like"),
                Map.of(
                    "package.json", "{\"name\":\"npm\",\"workspaces\":[\"workspaces/*\"]}",
                    "lib/cli.js", "module.exports = () => 0\n",
                    "workspaces/arborist/package.json", "{\"name\":\"arborist\"}",
                    "workspaces/arborist/index.js", "module.exports = 1\n")));
    assertThat(r.apps()).extracting(Report.AppInfo::id).containsExactly(".", "workspaces/arborist");
  }

  @Test
  void aMonorepoRootWithAMakefileIsNoApp() throws Exception {
    Report r =
        Fixtures.scan(
            Fixtures.write(
                dir.resolve("mono"),
                Map.of(
                    "Makefile", "build:\n\tgo build ./...\n",
                    "scripts/release.py", "print('release')\n",
                    "services/a/go.mod", "module example.com/a\n",
                    "services/a/main.go", "package main\nfunc main() {}\n",
                    "services/b/go.mod", "module example.com/b\n",
                    "services/b/main.go", "package main\nfunc main() {}\n")));
    assertThat(r.apps()).extracting(Report.AppInfo::id).containsExactly("services/a", "services/b");
  }

  @Test
  void aRepositoryWithNoManifestAtAllIsOneRootApp() throws Exception {
    Report r = Fixtures.scan(Fixtures.write(dir.resolve("plain"), Map.of("run.sh", "echo hi\n")));
    assertThat(r.apps()).extracting(Report.AppInfo::id).containsExactly(".");
    assertThat(Fixtures.signal(r, "unit_tests_exist").status()).isEqualTo(Status.FAIL);
  }
}
