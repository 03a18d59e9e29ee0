package dev.readiness.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises coding agents among commit authors, committers and co-author trailers. */
public final class AgentIdentities {
  private static final Pattern AGENT =
      Pattern.compile(
          "(noreply@anthropic\\.com|\\bclaude\\b|copilot|chatgpt-codex|\\bcodex\\b|openai"
              + "|cursoragent|cursor agent|cursor\\[bot\\]|devin-ai|factory-droid|droid@factory"
              + "|\\(aider\\)|aider@|openhands|google-labs-jules|sweep-ai|gemini-code-assist"
              + "|amazon-q-developer|codegen-sh)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CO_AUTHOR =
      Pattern.compile("^co-authored-by:\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private AgentIdentities() {}

  /** The agent named by this identity ("Name <email>"), if it is one. */
  public static Optional<String> agentIn(String identity) {
    Matcher m = AGENT.matcher(identity);
    if (!m.find()) {
      return Optional.empty();
    }
    String token = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    return Optional.of(canonical(token));
  }

  private static String canonical(String token) {
    if (token.contains("anthropic") || token.contains("claude")) {
      return "claude";
    }
    if (token.contains("codex") || token.contains("openai")) {
      return "codex";
    }
    if (token.contains("cursor")) {
      return "cursor";
    }
    if (token.contains("droid")) {
      return "factory-droid";
    }
    return token;
  }

  /** The first agent among author, committer and Co-authored-by trailers of a commit. */
  public static Optional<String> agentOfCommit(String author, String committer, String message) {
    Optional<String> a = agentIn(author).or(() -> agentIn(committer));
    if (a.isPresent()) {
      return a;
    }
    Matcher m = CO_AUTHOR.matcher(message);
    while (m.find()) {
      Optional<String> co = agentIn(m.group(1));
      if (co.isPresent()) {
        return co;
      }
    }
    return Optional.empty();
  }
}
