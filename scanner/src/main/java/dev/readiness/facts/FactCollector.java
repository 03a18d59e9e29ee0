package dev.readiness.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.secrets.SecretFinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Collects {@link RepositoryFacts}: walks the tree, reads each file once (in parallel), parses
 * manifests from the kept text, detects apps, and reads git history concurrently.
 */
public final class FactCollector {
  static final List<String> DOC_FILES =
      List.of(
          "README.md",
          "README",
          "README.rst",
          "README.adoc",
          "AGENTS.md",
          "CONTRIBUTING.md",
          "CLAUDE.md",
          "docs/CONTRIBUTING.md",
          ".github/CONTRIBUTING.md");

  private FactCollector() {}

  /**
   * Collects facts about the tree at {@code root}, finding {@code words} in every file; {@code
   * progress} gets short status lines.
   */
  public static RepositoryFacts collect(
      Path root, Instant now, ProbeWords words, Consumer<String> progress) {
    return collect(root, now, words, progress, List.of());
  }

  /** As above, also keeping the text of files matching {@code keepGlobs} (custom content rules). */
  public static RepositoryFacts collect(
      Path root, Instant now, ProbeWords words, Consumer<String> progress, List<String> keepGlobs) {
    try {
      return collectUnchecked(root.toRealPath(), now, words, progress, keepGlobs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The history window's credentials, read beside the walk; lock files and vendored code not. */
  private static CompletableFuture<Optional<HistorySecrets.Raw>> pastSecrets(
      Path root, Classifier classifier) {
    return CompletableFuture.supplyAsync(
        () ->
            HistorySecrets.read(
                root,
                HistoryCollector.DEFAULT_WINDOW_DAYS,
                path -> classifier.isVendored(path) || classifier.isGeneratedByName(path)));
  }

  private static RepositoryFacts collectUnchecked(
      Path root, Instant now, ProbeWords words, Consumer<String> progress, List<String> keepGlobs)
      throws IOException {
    progress.accept("reading and analysing files");
    Classifier classifier = Classifier.fromGitattributes(readSmall(root.resolve(".gitattributes")));
    CompletableFuture<Optional<GitHistory>> history =
        CompletableFuture.supplyAsync(() -> HistoryCollector.collect(root, DOC_FILES));
    CompletableFuture<Optional<HistorySecrets.Raw>> pastSecrets = pastSecrets(root, classifier);
    FileAnalyzer analyzer = analyzer(root, classifier, words, keepGlobs);
    FileWalker.Listing<FileAnalysis> listing = FileWalker.walk(root, analyzer::analyze);
    FileAnalysis[] analyses = byPath(listing);
    progress.accept("indexing " + analyses.length + " files");
    List<FileEntry> entries = new ArrayList<>(analyses.length);
    Map<String, String> contents = new TreeMap<>();
    Map<String, List<ProbeHit>> probes = new TreeMap<>();
    List<SecretFinding> secrets = new ArrayList<>();
    for (FileAnalysis a : analyses) {
      entries.add(a.entry());
      if (a.content() != null) {
        contents.put(a.entry().path(), a.content());
      }
      for (ProbeHit hit : a.probes()) {
        probes.computeIfAbsent(hit.keyword(), k -> new ArrayList<>()).add(hit);
      }
      secrets.addAll(a.secrets());
    }
    FileIndex index = new FileIndex(entries);
    List<Manifest> manifests = manifests(index, contents);
    progress.accept("detecting applications");
    List<App> apps = AppDetector.detect(manifests, index, contents);
    progress.accept("reading git history");
    List<SecretFinding> tree = List.copyOf(TrackedFiles.mark(root, secrets));
    return new RepositoryFacts(
        index,
        Collections.unmodifiableMap(contents),
        Collections.unmodifiableMap(probes),
        Set.copyOf(words.words()),
        manifests,
        apps,
        history.join(),
        tree,
        pastSecrets.join().map(raw -> raw.against(tree)),
        listing.submodules(),
        counts(index, listing),
        now,
        new Memo<>());
  }

  private static FileAnalyzer analyzer(
      Path root, Classifier classifier, ProbeWords words, List<String> keepGlobs) {
    List<Glob> keep = keepGlobs.stream().map(Glob::of).toList();
    return new FileAnalyzer(
        root,
        classifier,
        path -> keep.stream().anyMatch(g -> g.matches(path)),
        ProbeMatcher.of(words));
  }

  /**
   * The walk hands results over in no order: sorted here, on every core, so that the probe lists
   * (one hit per file and keyword) and the secrets (in line order per file) come out sorted by
   * path, and the index and the content map take their input in order.
   */
  private static FileAnalysis[] byPath(FileWalker.Listing<FileAnalysis> listing) {
    FileAnalysis[] analyses = listing.results().toArray(FileAnalysis[]::new);
    Arrays.parallelSort(analyses, Comparator.comparing(a -> a.entry().path()));
    return analyses;
  }

  private static List<Manifest> manifests(FileIndex index, Map<String, String> contents) {
    List<Manifest> out = new ArrayList<>();
    for (FileEntry f : index.all()) {
      if (f.vendored() || f.kind() != FileKind.TEXT) {
        continue;
      }
      Optional<Ecosystem> eco = ManifestParsers.ecosystemOf(f.name());
      if (eco.isEmpty()) {
        continue;
      }
      String text = contents.get(f.path());
      if (text == null || ManifestParsers.isManifest(f.name(), text)) {
        Manifest m =
            text == null
                ? Manifest.empty(f.path(), eco.get())
                : ManifestParsers.parse(f.path(), eco.get(), text);
        String pnpm = contents.get(f.dir().isEmpty() ? PNPM : f.dir() + "/" + PNPM);
        out.add(pnpm != null && f.name().equals("package.json") ? m.withMembers(pnpm(pnpm)) : m);
      }
    }
    return List.copyOf(out);
  }

  private static final String PNPM = "pnpm-workspace.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The members pnpm's workspace file lists under {@code packages:} (exclusions left out). */
  static List<String> pnpm(String yaml) {
    List<String> out = new ArrayList<>();
    try {
      YAML.readTree(yaml)
          .path("packages")
          .forEach(
              p -> {
                if (p.isTextual() && !p.asText().startsWith("!")) {
                  out.add(p.asText());
                }
              });
    } catch (IOException e) {
      // a malformed workspace file binds nothing; pnpm itself would refuse it
    }
    return out;
  }

  private static ScanCounts counts(FileIndex index, FileWalker.Listing<FileAnalysis> listing) {
    int[] k = new int[FileKind.values().length];
    int vendored = 0;
    int generated = 0;
    for (FileEntry f : index.all()) {
      k[f.kind().ordinal()]++;
      vendored += f.vendored() ? 1 : 0;
      generated += f.generated() ? 1 : 0;
    }
    return new ScanCounts(
        index.size(),
        k[FileKind.TEXT.ordinal()],
        k[FileKind.BINARY.ordinal()],
        k[FileKind.OVERSIZE.ordinal()],
        k[FileKind.SYMLINK.ordinal()],
        k[FileKind.LFS_POINTER.ordinal()],
        k[FileKind.UNREADABLE.ordinal()] + listing.unreadable(),
        vendored,
        generated,
        listing.submodules().size());
  }

  private static String readSmall(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 1024 * 1024) {
      return null;
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
