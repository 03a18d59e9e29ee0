package dev.readiness.facts;

/**
 * A literal looked for ignoring ASCII case in many texts (every path, every document), with the
 * character to look for first, its {@link AsciiCase#rarest rarest}, chosen once.
 */
record Needle(String literal, int anchor) {
  static Needle of(String literal) {
    return new Needle(literal, AsciiCase.rarest(literal));
  }

  /** Whether {@code text} contains the literal, as {@link AsciiCase#contains(String, String)}. */
  boolean in(String text) {
    return AsciiCase.contains(text, literal, anchor);
  }
}
