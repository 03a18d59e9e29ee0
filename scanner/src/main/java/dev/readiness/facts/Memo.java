package dev.readiness.facts;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values computed at most once per key and shared by every thread that asks: the repository-wide
 * searches and globs that signals evaluated in parallel have in common.
 *
 * <p>{@link ConcurrentHashMap#computeIfAbsent} holds a lock of the map while it computes, so a
 * signal asking for another key in the same bin would wait for a search it does not need, and a
 * computation that asked the map again could deadlock. Here the map only hands out a {@link Once}
 * per key; the computation runs under that key's own lock, and only a thread asking for the same
 * key waits.
 */
public final class Memo<K, V> {
  private final ConcurrentHashMap<K, Once<V>> values = new ConcurrentHashMap<>();

  /** The value for {@code key}, computed now by {@code compute} if no thread has computed it. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    return values.computeIfAbsent(key, k -> new Once<>()).get(() -> compute.apply(key));
  }

  /** One key's value; a computation that throws leaves it unset for the next caller to retry. */
  private static final class Once<V> {
    private V value;

    synchronized V get(Supplier<? extends V> compute) {
      if (value == null) {
        value = Objects.requireNonNull(compute.get(), "memoised value");
      }
      return value;
    }
  }
}
