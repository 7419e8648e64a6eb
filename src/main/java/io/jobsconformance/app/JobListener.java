package io.jobsconformance.app;

import io.jobsconformance.model.Job;

/** Told of every job the job server creates or moves to a new status; the worker simulation listens here. */
@FunctionalInterface
public interface JobListener {
  JobListener NONE = job -> {};

  void jobChanged(Job job);
}
