package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.util.Comparator;

/**
 * One stored job in the indexes: id and creation time never change, so the slot keeps its place in every sorted
 * index while its current {@link Job} value is swapped on each update. Index order is newest first, ties broken by id
 * (the real server leaves ties unordered; a fixed order keeps pages stable).
 */
final class JobSlot implements Comparable<JobSlot> {
  static final Comparator<JobSlot> NEWEST_FIRST = Comparator.naturalOrder();
  static final Comparator<JobSlot> OLDEST_FIRST = NEWEST_FIRST.reversed();

  final String id;
  final long createAt;
  volatile Job job;

  JobSlot(Job job) {
    this.id = job.id();
    this.createAt = job.createAt();
    this.job = job;
  }

  @Override
  public int compareTo(JobSlot other) {
    int byTime = Long.compare(other.createAt, createAt);
    return byTime != 0 ? byTime : id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobSlot slot && slot.id.equals(id) && slot.createAt == createAt;
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
