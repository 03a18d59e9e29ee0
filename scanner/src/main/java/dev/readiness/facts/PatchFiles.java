package dev.readiness.facts;

/**
 * Unified diffs committed as files ({@code *.patch}, {@code *.diff}, a Debian package's patches):
 * each line belongs to the file its hunk changes, so a token added to a test by a patch is a test
 * fixture like the test itself.
 */
final class PatchFiles {
  private static final String TARGET = "+++ ";

  private PatchFiles() {}

  static boolean isPatch(String path) {
    return path.endsWith(".patch") || path.endsWith(".diff");
  }

  /**
   * The path that the hunk holding 1-based {@code line} changes, from the closest {@code +++
   * b/path} line above it; "" when there is none.
   */
  static String targetOf(String text, ProbeScan scan, int line) {
    for (int k = line; k >= 1; k--) {
      String l = scan.line(text, k);
      if (l.startsWith(TARGET)) {
        String target = l.substring(TARGET.length());
        int tab = target.indexOf('\t'); // "+++ b/x.c\t2024-01-01 12:00:00"
        target = tab < 0 ? target.strip() : target.substring(0, tab);
        return target.startsWith("b/") ? target.substring(2) : target;
      }
    }
    return "";
  }
}
