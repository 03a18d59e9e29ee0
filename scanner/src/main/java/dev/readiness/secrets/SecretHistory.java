package dev.readiness.secrets;

import java.util.List;

/**
 * Credentials found in the history window that the scanned tree no longer holds: deleting a
 * committed secret does not unpublish it, so each is still a leak to rotate.
 *
 * @param commitsScanned commits whose changes were read
 * @param commitsInWindow commits in the window (more than scanned when a bound was reached)
 * @param leaks each removed credential once, at the oldest scanned commit that holds it
 */
public record SecretHistory(int commitsScanned, int commitsInWindow, List<Removed> leaks) {

  /**
   * A credential no longer in the tree.
   *
   * @param added whether {@code commit} added it (false: it was already there at the window's
   *     start)
   */
  public record Removed(SecretFinding finding, String commit, String date, boolean added) {
    /** "config/prod.yml:4 aws-access-key-id AKIA…(20 chars), added in 1a2b3c4d (2026-05-01)". */
    public String describe() {
      return finding.describe()
          + (added ? ", added in " : ", present in ")
          + commit.substring(0, 8)
          + " ("
          + date
          + "), no longer in the tree";
    }
  }

  /** "history: 143 commits read (the 180 days up to the scanned commit)". */
  public String coverage(int windowDays) {
    return "history: "
        + commitsScanned
        + (commitsScanned < commitsInWindow ? " of " + commitsInWindow : "")
        + " commits of the "
        + windowDays
        + " days up to the scanned commit read for credentials";
  }
}
