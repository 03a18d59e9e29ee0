package dev.readiness.signals;

import dev.readiness.facts.FileEntry;
import dev.readiness.facts.FileKind;
import dev.readiness.facts.TestPaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository's main language when this scanner knows no tool footprints for it (Haskell, OCaml,
 * Zig, Julia, Lua...): its language-specific signals are then {@code unknown} with that reason,
 * never {@code fail}, because a missing footprint says nothing about the project's practice. Swift,
 * Dart, Elixir and Scala are recognised by their build files, so they are not listed here.
 */
final class UnsupportedLanguage {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("hs", "Haskell"),
          Map.entry("ml", "OCaml"),
          Map.entry("zig", "Zig"),
          Map.entry("jl", "Julia"),
          Map.entry("lua", "Lua"),
          Map.entry("r", "R"),
          Map.entry("clj", "Clojure"),
          Map.entry("cljs", "Clojure"),
          Map.entry("erl", "Erlang"),
          Map.entry("nim", "Nim"),
          Map.entry("cr", "Crystal"),
          Map.entry("pl", "Perl"),
          Map.entry("pm", "Perl"),
          Map.entry("f90", "Fortran"),
          Map.entry("ex", "Elixir"),
          Map.entry("fs", "F#"),
          Map.entry("elm", "Elm"),
          Map.entry("gleam", "Gleam"),
          Map.entry("v", "V"),
          Map.entry("d", "D"),
          Map.entry("m", "Objective-C"),
          Map.entry("pas", "Pascal"),
          Map.entry("groovy", "Groovy"));

  private UnsupportedLanguage() {}

  /** The unsupported language most of the first-party source is written in, if any. */
  static Optional<String> main(SignalContext ctx) {
    return ctx.facts().once("unsupported-main-language", () -> count(ctx)).stream().findFirst();
  }

  /** Counted once per scan over the whole repository, whichever app asks first. */
  private static List<String> count(SignalContext ctx) {
    var files = ctx.facts().files();
    if (!files.glob("**/mix.exs").isEmpty()
        || !files.glob("**/*.fsproj").isEmpty()
        || !files.glob("**/build.gradle*").isEmpty()) {
      return List.of(); // Elixir, F# and Groovy builds are recognised
    }
    Map<String, Integer> unsupported = new HashMap<>();
    int supported = 0;
    for (FileEntry f : ctx.facts().files().all()) {
      if (f.vendored()
          || f.generated()
          || f.kind() != FileKind.TEXT
          || TestPaths.isDataPath(f.path())) {
        continue;
      }
      if (f.language() != null) {
        supported++;
        continue;
      }
      String language = BY_EXTENSION.get(f.extension());
      if (language != null) {
        unsupported.merge(language, 1, Integer::sum);
      }
    }
    int best = supported;
    String main = null;
    for (Map.Entry<String, Integer> e : unsupported.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        main = e.getKey();
      }
    }
    return main == null ? List.of() : List.of(main);
  }

  /** A failing language-specific outcome becomes unknown where the main language is unsupported. */
  static Outcome unlessUnsupported(SignalContext ctx, Outcome o) {
    if (o.status() != Status.FAIL) {
      return o;
    }
    return main(ctx)
        .map(l -> Outcome.unknown(l + " is not supported yet: its tools are not recognised"))
        .orElse(o);
  }
}
