package dev.readiness.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default rubric, loaded once from the bundled catalog.yaml. */
public final class Catalog {
  private static final String RESOURCE = "/dev/readiness/catalog/catalog.yaml";
  private static final Catalog DEFAULT = load();

  private final String version;
  private final Map<String, SignalDefinition> signals;

  private Catalog(String version, List<SignalDefinition> definitions) {
    this.version = version;
    Map<String, SignalDefinition> byId = new LinkedHashMap<>();
    for (SignalDefinition d : definitions) {
      if (byId.put(d.id(), d) != null) {
        throw new IllegalStateException("duplicate signal id in catalog: " + d.id());
      }
    }
    this.signals = Map.copyOf(byId);
    this.ordered = List.copyOf(definitions);
  }

  private final List<SignalDefinition> ordered;

  public static Catalog defaults() {
    return DEFAULT;
  }

  /** The rubric version every report carries. */
  public String version() {
    return version;
  }

  /** Signals in catalog order (pillar by pillar, as in the reference). */
  public List<SignalDefinition> signals() {
    return ordered;
  }

  /**
   * Eight hex digits over every signal's id, level and scope in order: two catalogs with the same
   * fingerprint encode outcomes identically.
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder();
    ordered.forEach(
        d ->
            sb.append(d.id())
                .append(':')
                .append(d.level())
                .append(':')
                .append(d.scope())
                .append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<SignalDefinition> find(String id) {
    return Optional.ofNullable(signals.get(id));
  }

  private record CatalogFile(String version, List<SignalDefinition> signals) {}

  private static Catalog load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + RESOURCE);
      }
      CatalogFile file = yaml.readValue(in, CatalogFile.class);
      return new Catalog(file.version(), file.signals());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled catalog", e);
    }
  }
}
