package dev.readiness.cli;

import dev.readiness.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Prints the tool and catalog versions: the release comes from the build, never "dev". */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"readiness " + release() + ", catalog " + Catalog.defaults().version()};
  }

  /** The project version the build wrote into version.properties. */
  static String release() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
