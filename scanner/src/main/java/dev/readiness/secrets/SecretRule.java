package dev.readiness.secrets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A credential pattern. {@code anchors} are literal strings that must occur on a line before the
 * (more expensive) pattern is tried there; {@code valueGroup} is the group holding the secret.
 */
public record SecretRule(
    String id, String description, List<String> anchors, Pattern pattern, int valueGroup) {

  static SecretRule of(String id, String description, List<String> anchors, String regex) {
    return new SecretRule(id, description, anchors, Pattern.compile(regex), 0);
  }
}
