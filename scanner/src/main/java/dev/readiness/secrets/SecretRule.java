package dev.readiness.secrets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A credential pattern. {@code anchors} are literal strings that must occur on a line before the
 * (more expensive) pattern is tried there; {@code valueGroup} is the group holding the secret, or 0
 * when the whole match is the credential; {@code keyBlock} marks a key header whose body follows
 * it, so that documentation showing a header over a row of X's is not a finding.
 */
public record SecretRule(
    String id,
    String description,
    List<String> anchors,
    Pattern pattern,
    int valueGroup,
    boolean keyBlock) {

  static SecretRule of(String id, String description, List<String> anchors, String regex) {
    return new SecretRule(id, description, anchors, Pattern.compile(regex), 0, false);
  }

  static SecretRule keyBlock(String id, String description, List<String> anchors, String regex) {
    return new SecretRule(id, description, anchors, Pattern.compile(regex), 0, true);
  }
}
