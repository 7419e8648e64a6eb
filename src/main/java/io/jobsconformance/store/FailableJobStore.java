package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A store that can be told to fail like an unreachable database, so clients and the suite can see the 500s that the
 * real server returns on store errors ({@code app.job.get.app_error}, {@code app.job.get_all.app_error},
 * {@code app.job.save.app_error}, {@code app.job.update.app_error}) without a real outage.
 */
public final class FailableJobStore implements JobStore {
  private final JobStore delegate;
  private volatile boolean failing;

  public FailableJobStore(JobStore delegate) {
    this.delegate = delegate;
  }

  public void setFailing(boolean failing) {
    this.failing = failing;
  }

  public boolean isFailing() {
    return failing;
  }

  @Override
  public Job save(Job job) {
    return call(() -> delegate.save(job));
  }

  @Override
  public void saveAll(Collection<Job> jobs) {
    call(
        () -> {
          delegate.saveAll(jobs);
          return null;
        });
  }

  @Override
  public Job get(String id) {
    return call(() -> delegate.get(id));
  }

  @Override
  public boolean updateOptimistically(Job job, String currentStatus, long now) {
    return call(() -> delegate.updateOptimistically(job, currentStatus, now));
  }

  @Override
  public Optional<Job> updateStatus(String id, String status, long now) {
    return call(() -> delegate.updateStatus(id, status, now));
  }

  @Override
  public Optional<Job> updateStatusOptimistically(
      String id, String currentStatus, String newStatus, long now) {
    return call(() -> delegate.updateStatusOptimistically(id, currentStatus, newStatus, now));
  }

  @Override
  public List<Job> getAllByTypesPage(Collection<String> types, long offset, int limit) {
    return call(() -> delegate.getAllByTypesPage(types, offset, limit));
  }

  @Override
  public List<Job> getAllByTypesAndStatusesPage(
      Collection<String> types, Collection<String> statuses, long offset, int limit) {
    return call(() -> delegate.getAllByTypesAndStatusesPage(types, statuses, offset, limit));
  }

  @Override
  public List<Job> getAllByTypePage(String type, long offset, int limit) {
    return call(() -> delegate.getAllByTypePage(type, offset, limit));
  }

  @Override
  public List<Job> getAllByStatus(String status) {
    return call(() -> delegate.getAllByStatus(status));
  }

  @Override
  public long count() {
    return delegate.count();
  }

  @Override
  public void deleteAll() {
    delegate.deleteAll();
  }

  private <T> T call(Supplier<T> operation) {
    if (failing) {
      throw new StoreException("the database is unavailable (store failure switched on)");
    }
    return operation.get();
  }
}
