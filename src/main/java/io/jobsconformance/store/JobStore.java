package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The job store, named after Mattermost's {@code store.JobStore} ({@code store/sqlstore/job_store.go}). It knows
 * nothing of HTTP or permissions, accepts any job verbatim (the real store does not validate), hands out immutable
 * values, and reports failures as typed exceptions: {@link JobNotFoundException}, {@link DuplicateJobException} and
 * {@link StoreException} for what would be a database error.
 */
public interface JobStore {

  /** Inserts a job; an id that is already stored is a primary-key violation. */
  Job save(Job job);

  /** Inserts many jobs at once (bulk seeding); all or nothing. */
  void saveAll(Collection<Job> jobs);

  Job get(String id);

  /**
   * {@code UpdateOptimistically}: writes status, data and progress of {@code job} and sets {@code last_activity_at}, but
   * only while the stored status equals {@code currentStatus}. Returns whether a row changed.
   */
  boolean updateOptimistically(Job job, String currentStatus, long now);

  /** {@code UpdateStatus}: unconditional; sets status and {@code last_activity_at}. Empty when no such job. */
  Optional<Job> updateStatus(String id, String status, long now);

  /**
   * {@code UpdateStatusOptimistically}: an atomic compare-and-set on the status. Moving to {@code in_progress} also sets
   * {@code start_at}. Returns the updated job, or empty when the stored status was not {@code currentStatus}.
   */
  Optional<Job> updateStatusOptimistically(String id, String currentStatus, String newStatus, long now);

  /** {@code WHERE Type IN (types) ORDER BY CreateAt DESC LIMIT limit OFFSET offset}. */
  List<Job> getAllByTypesPage(Collection<String> types, long offset, int limit);

  /** As {@link #getAllByTypesPage} with {@code AND Status IN (statuses)}. */
  List<Job> getAllByTypesAndStatusesPage(
      Collection<String> types, Collection<String> statuses, long offset, int limit);

  /** {@code WHERE Type = type ORDER BY CreateAt DESC LIMIT limit OFFSET offset}. */
  List<Job> getAllByTypePage(String type, long offset, int limit);

  /** {@code GetAllByStatus}: every job with that status, oldest first, as the job watcher polls them. */
  List<Job> getAllByStatus(String status);

  long count();

  void deleteAll();
}
