package dev.readiness.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic synthetic monorepo: many apps in several languages, docs, configs, a few
 * binaries and oversize files, with realistic line lengths and function shapes.
 */
final class SyntheticRepo {
  private static final String[] KINDS = {"java", "ts", "py", "go", "md", "json", "yaml", "bin"};
  private static final int[] WEIGHTS = {30, 25, 20, 10, 6, 4, 4, 1};
  private static final int FILES_PER_APP = 500;

  private final Random random = new Random(42);

  /** Writes {@code files} files under {@code root} and returns their total size in bytes. */
  long write(Path root, int files) throws IOException {
    long bytes = 0;
    int apps = Math.max(1, files / FILES_PER_APP);
    for (int a = 0; a < apps; a++) {
      bytes += writeApp(root.resolve("services/app" + a), a);
    }
    bytes += put(root.resolve("README.md"), "# Synthetic\n\nBuild with `make`.\n".repeat(20));
    bytes += put(root.resolve(".gitignore"), "target/\nnode_modules/\n.env\n");
    int written = apps * 2 + 2;
    for (int i = written; i < files; i++) {
      String kind = pick();
      Path dir = root.resolve("services/app" + (i % apps) + "/src/m" + (i / 97 % 40));
      bytes += put(dir.resolve("f" + i + "." + kind), content(kind, i));
    }
    if (files >= 10_000) {
      for (int i = 0; i < 3; i++) {
        bytes += put(root.resolve("data/large" + i + ".json"), "{\"k\": 1}\n".repeat(300_000));
      }
    }
    return bytes;
  }

  private long writeApp(Path app, int a) throws IOException {
    return put(app.resolve("package.json"), packageJson(a))
        + put(app.resolve("README.md"), "# app" + a + "\n\nRun `npm test`.\n");
  }

  private static String packageJson(int a) {
    return """
        {"name": "app%d", "version": "1.0.0",
         "scripts": {"test": "jest", "lint": "eslint .", "build": "tsc -p ."},
         "devDependencies": {"jest": "29.7.0", "eslint": "9.1.0", "typescript": "5.4.5"}}
        """
        .formatted(a);
  }

  private String pick() {
    int r = random.nextInt(100);
    for (int i = 0; i < KINDS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return KINDS[i];
      }
    }
    return KINDS[0];
  }

  private String content(String kind, int i) {
    int functions = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 12);
    StringBuilder sb = new StringBuilder(functions * 200);
    for (int f = 0; f < functions; f++) {
      int body = 2 + random.nextInt(random.nextInt(20) == 0 ? 80 : 15);
      sb.append(function(kind, "fn" + i + "_" + f, body));
    }
    return sb.toString();
  }

  private static String function(String kind, String name, int body) {
    String line =
        switch (kind) {
          case "java", "ts", "go" -> "    if (value > limit && count < max) { total += value; }\n";
          case "py" -> "    if value > limit and count < max:\n        total += value\n";
          case "md" -> "Some prose about the module, with `code` and a [link](x.md).\n";
          case "yaml" -> "  key_" + name + ": value # comment\n";
          case "json" -> "  \"" + name + "\": [1, 2, 3],\n";
          default -> "\0\1\2\3binary\0";
        };
    String head =
        switch (kind) {
          case "java" -> "  int " + name + "(int value) {\n";
          case "ts" -> "export function " + name + "(value: number): number {\n";
          case "go" -> "func " + name + "(value int) int {\n";
          case "py" -> "def " + name + "(value):\n";
          case "md" -> "## " + name + "\n\n";
          default -> "";
        };
    String tail = kind.equals("java") || kind.equals("ts") || kind.equals("go") ? "}\n" : "\n";
    return head + line.repeat(body) + tail;
  }

  private static long put(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }
}
