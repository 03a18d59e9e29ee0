package dev.readiness.signals;

import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.FileEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * gitignore_comprehensive: the root .gitignore (and those of app directories) really ignore .env,
 * the output and dependency folders of the ecosystems present, and editor or OS files. Checked with
 * git's own matching semantics, not by looking for words.
 */
final class GitignoreCoverage {
  private static final Map<Ecosystem, List<String>> OUTPUT_DIRS =
      Map.of(
          Ecosystem.NPM, List.of("node_modules"),
          Ecosystem.MAVEN, List.of("target"),
          Ecosystem.GRADLE, List.of("build", ".gradle"),
          Ecosystem.PYTHON, List.of("__pycache__"),
          Ecosystem.CARGO, List.of("target"),
          Ecosystem.DOTNET, List.of("bin", "obj"),
          Ecosystem.RUBY, List.of(".bundle"),
          Ecosystem.PHP, List.of("vendor"),
          Ecosystem.CMAKE, List.of("build"));
  private static final List<String> EDITOR_FILES =
      List.of(".DS_Store", ".idea/", ".vscode/", "file.swp", "Thumbs.db", "file~", "file.iml");

  private GitignoreCoverage() {}

  static Outcome evaluate(SignalContext ctx) {
    List<IgnoreNode> nodes = new ArrayList<>();
    for (FileEntry f : ctx.facts().files().named(".gitignore")) {
      IgnoreNode n = parse(ctx.facts().text(f.path()));
      if (n != null) {
        nodes.add(n);
      }
    }
    if (nodes.isEmpty()) {
      return Outcome.fail("no .gitignore");
    }
    List<String> missing = new ArrayList<>();
    if (!ignored(nodes, ".env", false)) {
      missing.add(".env");
    }
    for (Map.Entry<Ecosystem, List<String>> e : OUTPUT_DIRS.entrySet()) {
      if (ctx.has(e.getKey())) {
        for (String dir : e.getValue()) {
          if (!ignored(nodes, dir, true) && !missing.contains(dir + "/")) {
            missing.add(dir + "/");
          }
        }
      }
    }
    boolean editor =
        EDITOR_FILES.stream().anyMatch(p -> ignored(nodes, p.replace("/", ""), p.endsWith("/")));
    if (!editor) {
      missing.add("editor/OS files (.idea/, .vscode/, .DS_Store, *.swp)");
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      return Outcome.fail(
          ".gitignore does not cover " + String.join(", ", missing), List.of(".gitignore"));
    }
    return Outcome.pass(".gitignore covers .env, build and dependency output, and editor files");
  }

  private static boolean ignored(List<IgnoreNode> nodes, String path, boolean dir) {
    for (IgnoreNode n : nodes) {
      if (Boolean.TRUE.equals(n.checkIgnored(path, dir))) {
        return true;
      }
    }
    return false;
  }

  private static IgnoreNode parse(String text) {
    if (text == null) {
      return null;
    }
    IgnoreNode node = new IgnoreNode();
    try {
      node.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return node;
    } catch (IOException e) {
      return null;
    }
  }
}
