package dev.readiness.operator.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects warnings logged anywhere in the JVM while open, to explain a failed assertion. */
final class LogCapture extends Handler implements AutoCloseable {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  LogCapture() {
    setLevel(Level.WARNING);
    Logger.getLogger("").addHandler(this);
  }

  @Override
  public void publish(LogRecord r) {
    if (isLoggable(r)) {
      Throwable t = r.getThrown();
      lines.add(r.getMessage() + (t == null ? "" : " (" + t + ")"));
    }
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
