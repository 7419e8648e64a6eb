package io.jobsconformance.app;

import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves by hand, so every timestamp the app layer writes can be asserted exactly. */
final class TestClock implements Clock {
  static final long START = 1_700_000_000_000L;

  private final AtomicLong now = new AtomicLong(START);

  @Override
  public long millis() {
    return now.get();
  }

  long advance(long millis) {
    return now.addAndGet(millis);
  }
}
