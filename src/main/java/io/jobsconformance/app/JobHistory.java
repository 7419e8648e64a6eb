package io.jobsconformance.app;

import io.jobsconformance.model.Job;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The mock's record of every change the job server made to each job, for tests that must prove nothing was lost and
 * for client developers who want to see what their calls did. Off by default: then nothing is kept and a change costs
 * one volatile read. On, a change and its entry are made under one lock per job (striped), so each job's entries are
 * in the order the store applied the changes even when many threads race on it. At most {@value #MAX_ENTRIES}
 * entries per job are kept, the oldest dropped first.
 */
public final class JobHistory {
  public static final int MAX_ENTRIES = 1000;
  private static final int STRIPES = 64;

  private final Clock clock;
  private final Object[] locks = new Object[STRIPES];
  private final Map<String, Deque<JobChange>> byJob = new ConcurrentHashMap<>();
  private volatile boolean enabled;

  public JobHistory(Clock clock) {
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  public boolean enabled() {
    return enabled;
  }

  /** Switching recording off forgets what was recorded, so memory returns to flat. */
  public void setEnabled(boolean value) {
    enabled = value;
    if (!value) {
      byJob.clear();
    }
  }

  /**
   * Applies {@code change} to job {@code id}; when it changed the job (a present result, the job as stored after it)
   * and recording is on, appends an entry with the current {@link ChangeCause}.
   */
  public Optional<Job> record(String id, Supplier<Optional<Job>> change) {
    if (!enabled) {
      return change.get();
    }
    synchronized (lockFor(id)) {
      Optional<Job> after = change.get();
      after.ifPresent(this::append);
      return after;
    }
  }

  /** Records jobs that were just stored in one write (bulk seeding). */
  public void recordAll(Collection<Job> stored) {
    if (!enabled) {
      return;
    }
    for (Job job : stored) {
      synchronized (lockFor(job.id())) {
        append(job);
      }
    }
  }

  /** The job's entries, oldest first; empty when none were recorded. */
  public List<JobChange> entries(String id) {
    synchronized (lockFor(id)) {
      Deque<JobChange> entries = byJob.get(id);
      return entries == null ? List.of() : List.copyOf(entries);
    }
  }

  public void clear() {
    byJob.clear();
  }

  private void append(Job job) {
    Deque<JobChange> entries = byJob.computeIfAbsent(job.id(), k -> new ArrayDeque<>());
    if (entries.size() >= MAX_ENTRIES) {
      entries.removeFirst();
    }
    entries.addLast(new JobChange(clock.millis(), job.status(), job.progress(), ChangeCause.current()));
  }

  private Object lockFor(String id) {
    return locks[Math.floorMod(id.hashCode(), STRIPES)];
  }
}
