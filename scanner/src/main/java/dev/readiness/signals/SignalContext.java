package dev.readiness.signals;

import dev.readiness.facts.App;
import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.Manifest;
import dev.readiness.facts.ProbeHit;
import dev.readiness.facts.ProbeWords;
import dev.readiness.facts.RepositoryFacts;
import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The facts one signal evaluation may look at: the whole repository, or one app of it. An app sees
 * its own files (not those of apps nested in it) plus configuration in its ancestor directories (a
 * root .eslintrc or parent pom applies to every app below it); CI and hooks are always
 * repository-wide.
 */
public final class SignalContext {
  private final RepositoryFacts facts;
  private final App app;

  /** The probe words the signal under evaluation declared. */
  private final ProbeWords words;

  /** Apps inside this one (a Gradle subproject below the root): their files are theirs alone. */
  private final List<App> nested;

  private SignalContext(RepositoryFacts facts, App app, ProbeWords words) {
    this.facts = facts;
    this.app = app;
    this.words = words;
    this.nested = app == null ? List.of() : facts.apps().stream().filter(app::encloses).toList();
  }

  /** The repository, for a signal that searches files for {@code words}. */
  public static SignalContext repository(RepositoryFacts facts, ProbeWords words) {
    return new SignalContext(facts, null, words);
  }

  /** One app, for a signal that searches files for {@code words}. */
  public static SignalContext forApp(RepositoryFacts facts, App app, ProbeWords words) {
    return new SignalContext(facts, app, words);
  }

  public RepositoryFacts facts() {
    return facts;
  }

  /** The app under evaluation, empty for repository-scoped signals. */
  public Optional<App> app() {
    return Optional.ofNullable(app);
  }

  public Finder find() {
    return new Finder(this);
  }

  /**
   * Whether a file is visible from this context: own files, configuration in ancestor directories,
   * and the repository's shared {@code config/} tree (Gradle's and many Maven builds' home for
   * checkstyle, PMD and detekt rules that every module uses).
   */
  boolean visible(FileEntry f) {
    return app == null
        || ownFile(f.path())
        || app.inheritsFrom(f.dir())
        || f.path().startsWith("config/")
        || f.path().startsWith(".config/");
  }

  /** Whether {@code path} belongs to this app: inside it, and not inside an app nested in it. */
  boolean ownFile(String path) {
    if (app == null) {
      return true;
    }
    if (!app.contains(path)) {
      return false;
    }
    for (App inner : nested) {
      if (inner.contains(path)) {
        return false;
      }
    }
    return true;
  }

  /** Files matching a glob that this context can see. */
  public List<FileEntry> files(String glob) {
    List<FileEntry> out = new ArrayList<>();
    for (FileEntry f : facts.files().glob(glob)) {
      if (visible(f)) {
        out.add(f);
      }
    }
    return out;
  }

  public boolean exists(String glob) {
    return !files(glob).isEmpty();
  }

  /** Manifests of the app and its ancestor directories, or every manifest for the repository. */
  public List<Manifest> manifests() {
    if (app == null) {
      return facts.manifests();
    }
    List<Manifest> out = new ArrayList<>();
    for (Manifest m : facts.manifests()) {
      if (app.inheritsFrom(m.dir()) || m.dir().equals(app.path())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The manifests whose tools this app uses: its own and its ancestors' ({@link #manifests()}),
   * plus those of the shared configuration packages of its workspace that it depends on by name
   * ({@code "@acme/eslint-config": "workspace:*"}): a lint or format setup kept in one package of a
   * JavaScript workspace is every member's that builds on it.
   */
  public List<Manifest> toolManifests() {
    List<Manifest> own = manifests();
    List<String> shared = facts.once("shared-config-packages", () -> sharedConfigs(facts));
    if (app == null || shared.isEmpty()) {
      return own;
    }
    List<Manifest> out = new ArrayList<>(own);
    for (Manifest m : own) {
      if (m.ecosystem() != Ecosystem.NPM) {
        continue;
      }
      for (Manifest config : facts.manifests()) {
        if (shared.contains(config.path())
            && m.dependencies().containsKey(config.name().toLowerCase(java.util.Locale.ROOT))
            && !out.contains(config)) {
          out.add(config);
        }
      }
    }
    return out;
  }

  /** The paths of the workspace's shared configuration packages, once per scan. */
  private static List<String> sharedConfigs(RepositoryFacts facts) {
    return facts.manifests().stream()
        .filter(m -> m.ecosystem() == Ecosystem.NPM && SHARED_CONFIG.matcher(m.name()).find())
        .map(Manifest::path)
        .toList();
  }

  /** A package of shared tool configuration: {@code @repo/eslint-config}, {@code @x/configs}. */
  private static final Pattern SHARED_CONFIG = Pattern.compile("(^|[/@._-])[a-z-]*configs?$");

  /** Probe hits inside this context's own files; {@code keyword} must be a declared word. */
  public List<ProbeHit> probe(String keyword) {
    if (!words.contains(keyword)) {
      throw new IllegalStateException("the signal did not declare the probe word " + keyword);
    }
    List<ProbeHit> out = new ArrayList<>();
    for (ProbeHit h : facts.probe(keyword)) {
      if (ownFile(h.path())) {
        out.add(h);
      }
    }
    return out;
  }

  /** "path:line" of the first match of {@code regex} in the kept text of {@code path}. */
  public Optional<String> grep(String path, Pattern regex) {
    return facts.firstMatch(path, regex);
  }

  /** Ecosystems of the app, or of every app for the repository. */
  public boolean has(Ecosystem ecosystem) {
    if (app != null) {
      return app.ecosystems().contains(ecosystem);
    }
    return facts.apps().stream().anyMatch(a -> a.ecosystems().contains(ecosystem));
  }

  /** Measured languages of the app, or of every app for the repository. */
  public Set<Language> languages() {
    Set<Language> out = EnumSet.noneOf(Language.class);
    if (app != null) {
      out.addAll(app.languages());
    } else {
      facts.apps().forEach(a -> out.addAll(a.languages()));
    }
    return out;
  }

  /** The kept text of the first visible file matching the glob, if any. */
  public Optional<String> firstText(String glob) {
    for (FileEntry f : files(glob)) {
      String t = facts.text(f.path());
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
