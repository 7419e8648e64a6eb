package io.jobsconformance.app;

/** {@code model.GetMillis}: Unix time in milliseconds. An interface so tests can pin time. */
@FunctionalInterface
public interface Clock {
  Clock SYSTEM = System::currentTimeMillis;

  long millis();
}
