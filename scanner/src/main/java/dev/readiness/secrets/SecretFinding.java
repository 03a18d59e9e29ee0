package dev.readiness.secrets;

/**
 * A credential found in the tree. Only the masked value is ever kept.
 *
 * @param inTestPath whether the file sits under a test or fixture path (reported, not failing)
 */
public record SecretFinding(
    String path, int line, String ruleId, String maskedValue, boolean inTestPath) {

  /** "src/app.py:12 aws-access-key-id AKIA…(20 chars)". */
  public String describe() {
    return path
        + ":"
        + line
        + " "
        + ruleId
        + " "
        + maskedValue
        + (inTestPath ? " (test path)" : "");
  }
}
