package dev.readiness.scoring;

import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate of each level: the practices the white paper names for it (catalog {@code gate}),
 * counted as items. An item is applicable when any of its signals is, and passes when any of them
 * passes, so alternatives (SAST, dependency or secret scanning for "active security scanning")
 * count once. Signals outside the gate earn points and fill the profile, but do not gate.
 */
final class LevelGates {
  /** One practice of one level and the signals that show it. */
  record Item(
      int level, String name, List<RubricEntry> signals, boolean applicable, boolean passed) {}

  private final List<Item> items;

  private LevelGates(List<Item> items) {
    this.items = items;
  }

  static LevelGates of(List<RubricEntry> rubric, Map<String, Status> outcomes) {
    Map<String, List<RubricEntry>> groups = new LinkedHashMap<>();
    for (RubricEntry e : rubric) {
      if (e.gates()) {
        groups.computeIfAbsent(e.level() + "/" + e.gate(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Item> items = new ArrayList<>();
    groups.forEach(
        (key, members) -> {
          boolean applicable = false;
          boolean passed = false;
          for (RubricEntry e : members) {
            Status s = outcomes.getOrDefault(e.id(), Status.UNKNOWN);
            applicable |= s.applicable();
            passed |= s == Status.PASS;
          }
          items.add(
              new Item(members.get(0).level(), members.get(0).gate(), members, applicable, passed));
        });
    return new LevelGates(List.copyOf(items));
  }

  List<Item> items() {
    return items;
  }

  int applicable(int level) {
    return (int) items.stream().filter(i -> i.level() == level && i.applicable()).count();
  }

  int passed(int level) {
    return (int) items.stream().filter(i -> i.level() == level && i.passed()).count();
  }

  /** Passed items of {@code level} if every signal in {@code fixed} passed too. */
  int passedWith(int level, Collection<RubricEntry> fixed) {
    int n = 0;
    for (Item i : items) {
      if (i.level() == level
          && (i.passed() || i.applicable() && i.signals().stream().anyMatch(fixed::contains))) {
        n++;
      }
    }
    return n;
  }

  /** The failing, applicable items of {@code level}. */
  List<Item> failing(int level) {
    return items.stream().filter(i -> i.level() == level && i.applicable() && !i.passed()).toList();
  }
}
