package dev.readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Mutable collector the parsers fill in; produces an immutable {@link Manifest}. */
final class ManifestBuilder {
  private final String path;
  private final Ecosystem ecosystem;
  String name = "";
  final Map<String, String> dependencies = new TreeMap<>();
  final Map<String, String> scripts = new TreeMap<>();
  final Set<String> plugins = new TreeSet<>();
  final List<String> members = new ArrayList<>();
  final Set<String> sections = new TreeSet<>();
  final Set<String> development = new TreeSet<>();
  boolean workspaceRoot;

  ManifestBuilder(String path, Ecosystem ecosystem) {
    this.path = path;
    this.ecosystem = ecosystem;
  }

  void dependency(String depName, String version) {
    if (depName != null && !depName.isBlank()) {
      dependencies.putIfAbsent(
          depName.trim().toLowerCase(Locale.ROOT), version == null ? "" : version.trim());
    }
  }

  /** A dependency of development only: tests, tooling, optional extras. */
  void devDependency(String depName, String version) {
    dependency(depName, version);
    if (depName != null && !depName.isBlank()) {
      development.add(depName.trim().toLowerCase(Locale.ROOT));
    }
  }

  Manifest build() {
    return new Manifest(
        path,
        ecosystem,
        name == null ? "" : name,
        Collections.unmodifiableSortedMap(new TreeMap<>(dependencies)),
        Collections.unmodifiableSortedMap(new TreeMap<>(scripts)),
        Collections.unmodifiableSortedSet(new TreeSet<>(plugins)),
        List.copyOf(members),
        Collections.unmodifiableSortedSet(new TreeSet<>(sections)),
        workspaceRoot || !members.isEmpty(),
        Collections.unmodifiableSortedSet(new TreeSet<>(development)));
  }
}
