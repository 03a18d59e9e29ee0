package dev.readiness.facts;

import dev.readiness.metrics.CodeMetrics;
import dev.readiness.metrics.Language;
import dev.readiness.secrets.SecretFinding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads one file once and derives everything the signals need from that single read. */
final class FileAnalyzer {
  static final long MAX_CONTENT_BYTES = 2L * 1024 * 1024;
  private static final int BINARY_SNIFF = 8000;
  private static final String LFS_HEADER = "version https://git-lfs.github.com/spec/v1";

  /**
   * Read buffers kept per thread between files, so reading allocates only the decoded text; files
   * larger than this get a buffer of their own, so a many-core machine keeps little memory pooled.
   */
  private static final int POOLED_BUFFER = 256 * 1024;

  private static final ThreadLocal<ByteBuffer> BUFFERS =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(POOLED_BUFFER));

  /** Prose: it may name a tool or a keyword without using it, so it yields no probe hits. */
  private static final Set<String> PROSE = Set.of("md", "markdown", "rst", "adoc", "txt");

  private final Path root;
  private final Classifier classifier;
  private final Predicate<String> alsoKeep;
  private final ProbeMatcher probes;

  FileAnalyzer(Path root, Classifier classifier, Predicate<String> alsoKeep, ProbeMatcher probes) {
    this.probes = probes;
    this.root = root;
    this.classifier = classifier;
    this.alsoKeep = alsoKeep;
  }

  FileAnalysis analyze(FileWalker.Candidate c) {
    boolean vendored = classifier.isVendored(c.path());
    boolean generatedByName = classifier.isGeneratedByName(c.path());
    if (c.symlink()) {
      return nameOnly(c, FileKind.SYMLINK, vendored, generatedByName);
    }
    if (c.size() > MAX_CONTENT_BYTES) {
      return nameOnly(c, FileKind.OVERSIZE, vendored, generatedByName);
    }
    ByteBuffer bytes;
    try {
      bytes = readText(root.resolve(c.path()), c.size());
    } catch (IOException | RuntimeException e) {
      return nameOnly(c, FileKind.UNREADABLE, vendored, generatedByName);
    }
    if (bytes == null) {
      return nameOnly(c, FileKind.BINARY, vendored, generatedByName);
    }
    String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    if (text.startsWith(LFS_HEADER)) {
      return nameOnly(c, FileKind.LFS_POINTER, vendored, generatedByName);
    }
    return analyzeText(c, text, vendored, generatedByName || Classifier.hasGeneratedHeader(text));
  }

  private FileAnalysis analyzeText(
      FileWalker.Candidate c, String text, boolean vendored, boolean generated) {
    String ext = FileEntry.extensionOf(c.path().substring(c.path().lastIndexOf('/') + 1));
    Language language = Language.forExtension(ext).orElse(null);
    CodeStats code = null;
    if (language != null && !vendored && !generated) {
      code = CodeStats.of(CodeMetrics.functions(text, language));
    }
    FileEntry entry =
        new FileEntry(
            c.path(),
            c.size(),
            FileKind.TEXT,
            vendored,
            generated,
            countLines(text),
            language,
            code);
    if (vendored) {
      return new FileAnalysis(entry, null, List.of(), List.of());
    }
    ProbeScan scan = ProbeScan.of(c.path(), text, language, probes);
    List<SecretFinding> secrets = SecretFinder.find(c.path(), text, scan, language != null);
    // generated, example and fixture text is not evidence of practice; prose only names things
    boolean data = generated || TestPaths.isDataPath(c.path());
    boolean keep =
        (!data && classifier.keepsContent(c.path(), language, text.length()))
            || alsoKeep.test(c.path());
    boolean prose = PROSE.contains(ext) || TestPaths.isDocumentationPath(c.path());
    // a lock file lists what the dependencies depend on: a word there is no use of it
    List<ProbeHit> hits =
        data || prose || Classifier.isLockfile(c.path()) ? List.of() : scan.hits();
    return new FileAnalysis(entry, keep ? text : null, hits, secrets);
  }

  private static FileAnalysis nameOnly(
      FileWalker.Candidate c, FileKind kind, boolean vendored, boolean generated) {
    FileEntry entry = new FileEntry(c.path(), c.size(), kind, vendored, generated, -1, null, null);
    return new FileAnalysis(entry, null, List.of(), List.of());
  }

  /**
   * Reads without following a link, even one swapped in after the walk; the bytes read are the
   * buffer's {@code [0, position)}, to be decoded before this thread reads again. Null for a binary
   * file: its head shows it, and the rest is never read (a repository of images, jars or .pyc files
   * would otherwise be read whole for nothing).
   */
  private static ByteBuffer readText(Path file, long expected) throws IOException {
    try (SeekableByteChannel ch =
        Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      int limit = (int) Math.min(MAX_CONTENT_BYTES + 1, Math.max(expected, 0) + 1);
      ByteBuffer buf = limit <= POOLED_BUFFER ? BUFFERS.get().clear() : ByteBuffer.allocate(limit);
      buf.limit(Math.min(limit, BINARY_SNIFF));
      boolean end = fill(ch, buf);
      if (isBinary(buf.array(), buf.position())) {
        return null;
      }
      buf.limit(limit);
      if (!end) {
        fill(ch, buf); // up to the expected size, plus one byte to notice growth
      }
      return buf;
    }
  }

  /** Reads until {@code buf} is full or the file ends; true when it ended. */
  private static boolean fill(SeekableByteChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      int n = ch.read(buf);
      if (n < 0) {
        return true;
      }
      if (n == 0) {
        return false; // a file channel never does this with room left, but never spin on it
      }
    }
    return false;
  }

  /** Binary by git's own test: a NUL byte in the first 8000 bytes. */
  static boolean isBinary(byte[] bytes, int length) {
    int n = Math.min(length, BINARY_SNIFF);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static int countLines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++; // indexOf is a vectorised intrinsic: much faster than a charAt loop
    }
    return text.charAt(text.length() - 1) == '\n' ? lines : lines + 1;
  }
}
