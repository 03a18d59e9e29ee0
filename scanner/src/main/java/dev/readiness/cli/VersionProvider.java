package dev.readiness.cli;

import dev.readiness.catalog.Catalog;
import picocli.CommandLine;

/** Prints the tool and catalog versions. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ReadinessCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "readiness " + (v == null ? "dev" : v) + ", catalog " + Catalog.defaults().version()
    };
  }
}
