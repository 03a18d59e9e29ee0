package dev.readiness.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Reads commit, activity, agent authorship, doc freshness and release tags from git. */
public final class HistoryCollector {
  public static final int DEFAULT_WINDOW_DAYS = 180;
  private static final int TAG_WINDOW_DAYS = 90;
  private static final int MAX_COMMITS = 20_000;

  private HistoryCollector() {}

  /** Empty when {@code root} is not the top of a git work tree or has no commit. */
  public static Optional<GitHistory> collect(Path root, List<String> docPaths) {
    if (!Files.exists(root.resolve(".git"))) {
      return Optional.empty();
    }
    try (Repository repo =
        new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()) {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) {
        return Optional.empty();
      }
      return Optional.of(read(repo, head, docPaths));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The history window ends at the scanned commit, not at the wall clock: the same commit gives the
   * same report on any day, and an inactive repository's last 180 days are still its history.
   */
  private static GitHistory read(Repository repo, ObjectId head, List<String> docs)
      throws IOException {
    Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
    int commits = 0;
    int agentCommits = 0;
    TreeSet<String> agents = new TreeSet<>();
    Instant commitTime;
    Instant since;
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit tip = walk.parseCommit(head);
      commitTime = Instant.ofEpochSecond(tip.getCommitTime());
      since = walkWindow(walk, tip, DEFAULT_WINDOW_DAYS);
      for (RevCommit c : walk) {
        if (++commits >= MAX_COMMITS) {
          break;
        }
        Optional<String> agent =
            AgentIdentities.agentOfCommit(
                ident(c.getAuthorIdent()), ident(c.getCommitterIdent()), c.getFullMessage());
        if (agent.isPresent()) {
          agentCommits++;
          agents.add(agent.get());
        }
      }
    }
    Map<String, Instant> docChanges =
        docChanges(repo, head, since, asSpelled(repo, head, docs), shallow);
    return new GitHistory(
        head.name(),
        commitTime,
        commits,
        agentCommits,
        agents,
        docChanges,
        releaseTags(repo, commitTime),
        repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).size(),
        !shallow.isEmpty());
  }

  /**
   * Sets {@code walk} to the commits of the {@code days} up to {@code tip}, newest first: the one
   * window every history reading shares.
   *
   * @return the window's start
   */
  static Instant walkWindow(RevWalk walk, RevCommit tip, int days) throws IOException {
    Instant since = Instant.ofEpochSecond(tip.getCommitTime()).minus(Duration.ofDays(days));
    walk.markStart(tip);
    walk.sort(RevSort.COMMIT_TIME_DESC);
    walk.setRevFilter(CommitTimeRevFilter.after(since));
    return since;
  }

  private static String ident(PersonIdent p) {
    return p == null ? "" : p.getName() + " <" + p.getEmailAddress() + ">";
  }

  /**
   * The documents as the tree spells them: a README is a README in any case ({@code Readme.md},
   * {@code readme.md}), and git's path filters are exact.
   */
  private static List<String> asSpelled(Repository repo, ObjectId head, List<String> docs)
      throws IOException {
    Map<String, List<String>> byDir = new HashMap<>();
    for (String doc : docs) {
      int slash = doc.lastIndexOf('/');
      byDir.computeIfAbsent(slash < 0 ? "" : doc.substring(0, slash), d -> new ArrayList<>());
    }
    Map<String, String> spelled = new HashMap<>();
    try (RevWalk walk = new RevWalk(repo)) {
      RevTree tree = walk.parseCommit(head).getTree();
      for (String dir : byDir.keySet()) {
        try (TreeWalk entries =
            dir.isEmpty() ? new TreeWalk(repo) : TreeWalk.forPath(repo, dir, tree)) {
          if (entries == null || !dir.isEmpty() && !entries.isSubtree()) {
            continue;
          }
          if (dir.isEmpty()) {
            entries.addTree(tree);
          } else {
            entries.enterSubtree();
          }
          while (entries.next()) {
            String path = entries.getPathString();
            spelled.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String doc : docs) {
      String path = spelled.get(doc.toLowerCase(Locale.ROOT));
      if (path != null && !out.contains(path)) {
        out.add(path);
      }
    }
    return out;
  }

  private static Map<String, Instant> docChanges(
      Repository repo, ObjectId head, Instant since, List<String> docs, Set<ObjectId> shallow)
      throws IOException {
    Map<String, Instant> out = new HashMap<>();
    if (docs.isEmpty()) {
      return out;
    }
    for (String doc : docs) {
      try (RevWalk walk = new RevWalk(repo)) {
        walk.markStart(walk.parseCommit(head));
        walk.setRevFilter(CommitTimeRevFilter.after(since));
        walk.setTreeFilter(
            AndTreeFilter.create(PathFilterGroup.createFromStrings(doc), TreeFilter.ANY_DIFF));
        for (RevCommit c : walk) {
          if (!shallow.contains(c)) { // a shallow boundary shows every file as added
            out.put(doc, Instant.ofEpochSecond(c.getCommitTime()));
            break;
          }
        }
      }
    }
    return out;
  }

  private static List<Instant> releaseTags(Repository repo, Instant now) throws IOException {
    Instant since = now.minus(Duration.ofDays(TAG_WINDOW_DAYS));
    List<Instant> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        try {
          RevCommit c = walk.parseCommit(ref.getObjectId());
          Instant t = Instant.ofEpochSecond(c.getCommitTime());
          if (t.isAfter(since)) {
            out.add(t);
          }
        } catch (IOException | RuntimeException e) {
          // a tag on a tree or blob, or outside a shallow clone: not a release of this history
        }
      }
    }
    out.sort(null);
    return out;
  }
}
