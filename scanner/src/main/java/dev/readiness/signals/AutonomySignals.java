package dev.readiness.signals;

import dev.readiness.facts.FileEntry;
import dev.readiness.facts.GitHistory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The autonomous-process rows: agents in history, agents on tickets, goals, orchestration. */
final class AutonomySignals {
  static final String AGENT_RUNNERS =
      "anthropics/claude-code-action|claude-code|claude -p|droid exec|factory-ai|openai/codex"
          + "|codex exec|copilot-swe-agent|openhands|all-hands-ai|aider|sweep|devin|gemini-cli"
          + "|google-github-actions/run-gemini-cli|cursor-agent|amp -x|opencode";
  private static final Pattern ISSUE_TRIGGER =
      Pattern.compile(
          "(?m)^\\s*(issues|issue_comment|labeled)\\s*:|on:\\s*\\[?[^\\n]{0,200}\\b(issues|issue_comment)\\b");
  private static final Pattern SCHEDULE = Pattern.compile("(?m)^\\s*schedule\\s*:|\\bcron\\s*:");

  private AutonomySignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("agentic_development", AutonomySignals::agenticDevelopment);
    m.put("agent_task_automation", AutonomySignals::agentTaskAutomation);
    m.put("scheduled_agent_goals", AutonomySignals::scheduledAgentGoals);
    m.put("agent_orchestration", AutonomySignals::agentOrchestration);
  }

  private static Outcome agentTaskAutomation(SignalContext ctx) {
    return agentWorkflow(
        ctx, ISSUE_TRIGGER, "no workflow runs a coding agent on issues, labels or comments");
  }

  private static Outcome scheduledAgentGoals(SignalContext ctx) {
    return agentWorkflow(
        ctx, SCHEDULE, "no scheduled workflow runs an agent against a standing goal");
  }

  private static Outcome agentOrchestration(SignalContext ctx) {
    return ctx.find()
        .files(
            ".claude/agents/*.md",
            ".factory/droids/*",
            ".factory/missions/*",
            ".github/agents/*",
            ".codex/agents/*",
            ".cursor/agents/*",
            "**/subagents/*.md")
        .result("no subagent, droid or mission definitions");
  }

  private static Outcome agenticDevelopment(SignalContext ctx) {
    Optional<GitHistory> h = ctx.facts().history();
    if (h.isEmpty()) {
      return Outcome.unknown("not a git repository: no history to read");
    }
    GitHistory g = h.get();
    if (g.commitsInWindow() == 0) {
      return Outcome.fail("no commits in the history window");
    }
    String share =
        String.format(
            Locale.ROOT,
            "%d of %d recent commits (%.1f%%) by coding agents",
            g.agentCommits(),
            g.commitsInWindow(),
            100.0 * g.agentShare());
    if (g.agentCommits() == 0) {
      return Outcome.fail("no agent-authored or co-authored commits: " + share);
    }
    return Outcome.pass(java.util.List.of(share, "agents: " + String.join(", ", g.agents())));
  }

  private static Outcome agentWorkflow(SignalContext ctx, Pattern trigger, String failReason) {
    Pattern agent = Finder.re(AGENT_RUNNERS);
    Finder f = ctx.find();
    for (FileEntry wf : ctx.facts().files().glob(".github/workflows/*.{yml,yaml}")) {
      String text = ctx.facts().text(wf.path());
      if (text != null && trigger.matcher(text).find() && agent.matcher(text).find()) {
        ctx.grep(wf.path(), agent).ifPresent(f::add);
      }
    }
    return f.result(failReason);
  }
}
