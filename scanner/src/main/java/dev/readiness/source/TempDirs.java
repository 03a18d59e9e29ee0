package dev.readiness.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes clone directories; best effort, never following links. */
public final class TempDirs {
  private TempDirs() {}

  /** Deletes everything below {@code dir}, and {@code dir} itself unless {@code keepRoot}. */
  public static void delete(Path dir, boolean keepRoot) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .filter(p -> !keepRoot || !p.equals(dir))
          .forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: the directory lives under the system temporary directory
    }
  }
}
