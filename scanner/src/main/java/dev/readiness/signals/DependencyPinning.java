package dev.readiness.signals;

import dev.readiness.facts.App;
import dev.readiness.facts.AppKind;
import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.Manifest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** deps_pinned: every ecosystem present locks its dependencies. */
final class DependencyPinning {
  private DependencyPinning() {}

  static Outcome evaluate(SignalContext ctx) {
    Set<Ecosystem> present = EnumSet.noneOf(Ecosystem.class);
    for (Manifest m : ctx.facts().manifests()) {
      if (!m.dependencies().isEmpty() || m.ecosystem() == Ecosystem.GO) {
        present.add(m.ecosystem());
      }
    }
    present.remove(Ecosystem.CMAKE);
    present.remove(Ecosystem.GENERIC);
    if (present.isEmpty()) {
      return Outcome.skip("no declared dependencies to pin");
    }
    List<String> pinned = new ArrayList<>();
    List<String> unpinned = new ArrayList<>();
    for (Ecosystem e : present) {
      String evidence = pinnedBy(ctx, e);
      if (evidence == null) {
        unpinned.add(e.id());
      } else {
        pinned.add(e.id() + ": " + evidence);
      }
    }
    if (unpinned.isEmpty()) {
      return Outcome.pass(pinned);
    }
    return Outcome.fail("dependencies are not locked for " + String.join(", ", unpinned), pinned);
  }

  private static String pinnedBy(SignalContext ctx, Ecosystem e) {
    return switch (e) {
      case NPM ->
          first(
              ctx,
              "**/package-lock.json",
              "**/npm-shrinkwrap.json",
              "**/yarn.lock",
              "**/pnpm-lock.yaml",
              "**/bun.lock",
              "**/bun.lockb");
      case PYTHON -> python(ctx);
      case CARGO -> cargo(ctx);
      case GO -> first(ctx, "**/go.sum");
      case GRADLE -> gradle(ctx);
      case MAVEN -> maven(ctx);
      case RUBY -> first(ctx, "**/Gemfile.lock");
      case PHP -> first(ctx, "**/composer.lock");
      case DOTNET -> first(ctx, "**/packages.lock.json");
      default -> "not applicable";
    };
  }

  private static String first(SignalContext ctx, String... globs) {
    for (String g : globs) {
      List<FileEntry> files = ctx.facts().files().glob(g);
      if (!files.isEmpty()) {
        return files.get(0).path();
      }
    }
    return null;
  }

  private static String python(SignalContext ctx) {
    String lock = first(ctx, "**/poetry.lock", "**/uv.lock", "**/Pipfile.lock", "**/pdm.lock");
    if (lock != null) {
      return lock;
    }
    boolean any = false;
    for (Manifest m : ctx.facts().manifests()) {
      if (m.ecosystem() != Ecosystem.PYTHON || m.dependencies().isEmpty()) {
        continue;
      }
      if (!m.path().matches(".*requirements[\\w.-]*\\.txt")) {
        continue;
      }
      any = true;
      if (!m.dependencies().values().stream().allMatch(v -> v.startsWith("=="))) {
        return null;
      }
    }
    return any ? "requirements files pin every version with ==" : null;
  }

  private static String cargo(SignalContext ctx) {
    String lock = first(ctx, "**/Cargo.lock");
    if (lock != null) {
      return lock;
    }
    boolean binaries =
        ctx.facts().apps().stream()
            .filter(a -> a.ecosystems().contains(Ecosystem.CARGO))
            .map(App::kind)
            .anyMatch(k -> k != AppKind.LIBRARY);
    return binaries ? null : "libraries only (Cargo.lock is optional for libraries)";
  }

  private static String gradle(SignalContext ctx) {
    String lock = first(ctx, "**/gradle.lockfile", "**/gradle/dependency-locks/*");
    if (lock != null) {
      return lock;
    }
    Finder f = ctx.find().contains("**/build.gradle*", "dependencyLocking");
    return f.found() ? f.evidence().get(0) : null;
  }

  private static String maven(SignalContext ctx) {
    for (Manifest m : ctx.facts().manifests()) {
      if (m.ecosystem() != Ecosystem.MAVEN) {
        continue;
      }
      for (var dep : m.dependencies().entrySet()) {
        String v = dep.getValue();
        if (v.startsWith("[")
            || v.startsWith("(")
            || v.endsWith("-SNAPSHOT") && !v.startsWith("${")) {
          return null;
        }
      }
    }
    return "Maven dependencies use exact versions (no ranges, no SNAPSHOTs)";
  }
}
