package dev.readiness.signals;

import dev.readiness.catalog.Catalog;
import dev.readiness.engine.Report;
import dev.readiness.engine.Scanner;
import dev.readiness.engine.SignalResult;
import dev.readiness.scoring.EffectivePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Writes fixture trees and scans them with the real scanner. */
public final class Fixtures {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  public static Path write(Path root, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = root.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Report scan(Path root) {
    return scan(root, EffectivePolicy.defaults());
  }

  public static Report scan(Path root, EffectivePolicy policy) {
    return new Scanner(Catalog.defaults(), CLOCK)
        .scan(root, root.toString(), null, policy, m -> {});
  }

  public static SignalResult signal(Report r, String id) {
    return r.signals().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no signal " + id + " in report"));
  }
}
