package dev.readiness.facts;

/** A probe keyword found in a file, at the line of its first occurrence there. */
public record ProbeHit(String keyword, String path, int line) {
  /** "path:line". */
  public String location() {
    return path + ":" + line;
  }
}
