package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PnpmWorkspaceTest {
  @Test
  void membersAreThePackagesListWithoutExclusions() {
    String yaml =
        """
        # the workspace
        packages:
          - packaging/tauri
          - 'packages/*'   # every package
          - "apps/**"
          - '!**/test/**'
        catalogs:
          runtime:
            vue: 3.5.40
        """;
    assertThat(FactCollector.pnpm(yaml))
        .containsExactly("packaging/tauri", "packages/*", "apps/**");
  }

  @Test
  void aFileWithoutPackagesHasNoMembers() {
    assertThat(FactCollector.pnpm("onlyBuiltDependencies:\n  - esbuild\n")).isEmpty();
  }
}
