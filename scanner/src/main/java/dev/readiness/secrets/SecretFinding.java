package dev.readiness.secrets;

/**
 * A credential found in the tree. Only the masked value is ever kept, and a fingerprint (a hash
 * prefix, never printed) that tells one value from another across files and commits.
 *
 * @param place where it sits, which decides whether it is a leak
 */
public record SecretFinding(
    String path, int line, String ruleId, String maskedValue, Place place, String fingerprint) {

  /** Where a finding sits; only {@link #COMMITTED} fails the signal, the others are listed. */
  public enum Place {
    COMMITTED(""),
    TEST(" (test path)"),
    DOCUMENTATION(" (documentation or example)"),
    PUBLISHABLE(" (publishable client key)"),
    UNTRACKED(" (untracked file, not committed)");

    private final String note;

    Place(String note) {
      this.note = note;
    }

    /** How a finding's line says where it is: "" or " (test path)". */
    public String note() {
      return note;
    }
  }

  public boolean fails() {
    return place == Place.COMMITTED;
  }

  public SecretFinding at(Place other) {
    return new SecretFinding(path, line, ruleId, maskedValue, other, fingerprint);
  }

  /** "src/app.py:12 aws-access-key-id AKIA…(20 chars)". */
  public String describe() {
    return path + ":" + line + " " + ruleId + " " + maskedValue + place.note();
  }
}
