package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.engine.Report;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A repository is untrusted input: links, binaries, huge files, bad bytes, deep trees, empty. */
class HostileRepoTest {
  @TempDir Path dir;

  @Test
  void symlinkedReadmeIsNeverOpened() throws Exception {
    Path secret = Files.writeString(dir.resolve("outside.txt"), "# Secret\n\nline\nline\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createSymbolicLink(repo.resolve("README.md"), secret);
    Report r = Fixtures.scan(repo);
    assertThat(Fixtures.signal(r, "readme").status()).isEqualTo(Status.FAIL);
    assertThat(Fixtures.signal(r, "readme").reason()).contains("symbolic link");
    assertThat(r.scan().symlinks()).isEqualTo(1);
  }

  @Test
  void binariesLargeFilesAndInvalidUtf8AreCountedNotFatal() throws Exception {
    Path repo = Fixtures.write(dir.resolve("r"), Map.of("a.py", "x = 1\n"));
    Files.write(repo.resolve("blob.bin"), new byte[] {1, 0, 2, 0});
    Files.write(repo.resolve("big.txt"), new byte[3 * 1024 * 1024]);
    Files.write(repo.resolve("bad.py"), new byte[] {'x', '=', (byte) 0xff, (byte) 0xfe, '\n'});
    Report r = Fixtures.scan(repo);
    assertThat(r.scan().binary()).isEqualTo(1);
    assertThat(r.scan().oversize()).isEqualTo(1);
    assertThat(r.scan().files()).isEqualTo(4);
  }

  @Test
  void aFileIsBinaryByItsHeadAlone() throws Exception {
    Path repo = Fixtures.write(dir.resolve("r"), Map.of("a.py", "x = 1\n"));
    byte[] image = new byte[200_000];
    image[3] = 0; // a NUL in the head: binary, whatever follows
    java.util.Arrays.fill(image, 4, image.length, (byte) 'a');
    Files.write(repo.resolve("image.png"), image);
    byte[] late = new byte[9_000];
    java.util.Arrays.fill(late, (byte) 'a');
    late[8_500] = 0; // past the 8,000 bytes looked at: text
    Files.write(repo.resolve("late.txt"), late);
    Report r = Fixtures.scan(repo);
    assertThat(r.scan().binary()).isEqualTo(1);
    assertThat(r.scan().analyzed()).isEqualTo(2);
  }

  /**
   * Kept texts are searched with the signals' regexes; a file that is one long line full of what
   * they look for (minified, generated, or written to hurt) must not make any of them quadratic.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void oneHugeLineOfSearchedWordsStaysLinear() throws Exception {
    String words = "pytest mvn codex copilot mypy on: [ a && b ## name: description: ";
    String line = words.repeat(480_000 / words.length());
    Path repo =
        Fixtures.write(
            dir.resolve("r"),
            Map.of(
                ".github/workflows/ci.yml", line,
                "README.md", line,
                "Makefile", line,
                ".claude/skills/a/SKILL.md", "---" + line));
    Report r = Fixtures.scan(repo);
    assertThat(r.scan().analyzed()).isEqualTo(4);
  }

  @Test
  void deepNestingAndEmptyRepositories() throws Exception {
    Path deep = dir.resolve("deep");
    Path p = deep;
    for (int i = 0; i < 200; i++) {
      p = p.resolve("d");
    }
    Files.createDirectories(p);
    Files.writeString(p.resolve("x.go"), "package x\n");
    assertThat(Fixtures.scan(deep).scan().files()).isEqualTo(1);
    Report empty = Fixtures.scan(Files.createDirectories(dir.resolve("empty")));
    assertThat(empty.score().level()).isZero();
    assertThat(empty.apps()).hasSize(1);
  }

  @Test
  void secretsAreMaskedInReports() throws Exception {
    Path repo =
        Fixtures.write(
            dir.resolve("s"),
            Map.of("app.py", "token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789AB'\n"));
    Report r = Fixtures.scan(repo);
    String json = dev.readiness.report.JsonReport.render(r);
    assertThat(json).doesNotContain("abcdefghijklmnopqrstuvwxyz0123456789").contains("ghp_…");
  }
}
