package dev.readiness.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What the scanner learned from git.
 *
 * @param commit the scanned commit id
 * @param commitTime when it was committed
 * @param commitsInWindow commits in the history window (180 days by default)
 * @param agentCommits of those, commits authored or co-authored by a coding agent
 * @param agents the agent identities seen, by name
 * @param docChanges for README/AGENTS/CONTRIBUTING files, the newest change in the window
 * @param releaseTags commit times of tags within the 90 days up to the scanned commit
 * @param totalTags all tags of the repository
 * @param shallow whether the repository is a shallow clone
 */
public record GitHistory(
    String commit,
    Instant commitTime,
    int commitsInWindow,
    int agentCommits,
    SortedSet<String> agents,
    Map<String, Instant> docChanges,
    List<Instant> releaseTags,
    int totalTags,
    boolean shallow) {

  /** Share of recent commits authored or co-authored by agents, 0..1. */
  public double agentShare() {
    return commitsInWindow == 0 ? 0 : (double) agentCommits / commitsInWindow;
  }
}
