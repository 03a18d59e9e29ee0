package dev.readiness.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/** JOSDK and fabric8 log through SLF4J: the operator's classpath must route that to JDK logging. */
class LoggingBindingTest {
  @Test
  void slf4jReachesJdkLogging() {
    assertThat(LoggerFactory.getILoggerFactory())
        .as("an SLF4J no-op provider on the classpath would silence the operator")
        .isNotInstanceOf(NOPLoggerFactory.class);
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).contains("jul");
  }
}
