package io.jobsconformance.store;

import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * The in-memory job store. Lookups by id are lock-free; every write takes one write lock, so a compare-and-set on the
 * status is atomic and the indexes never disagree with the jobs. Lists read sorted per-type and per-(type, status)
 * indexes under the read lock and merge them lazily, so the first pages cost the same at a thousand jobs or a million
 * (no scan and sort per request), as the real server's {@code (Type, CreateAt)} index does.
 */
public final class InMemoryJobStore implements JobStore {
  private final Map<String, JobSlot> byId = new ConcurrentHashMap<>();
  private final Map<String, NavigableSet<JobSlot>> byType = new HashMap<>();
  private final Map<String, Map<String, NavigableSet<JobSlot>>> byTypeAndStatus = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  @Override
  public Job save(Job job) {
    lock.writeLock().lock();
    try {
      insert(job);
      return job;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void saveAll(Collection<Job> jobs) {
    lock.writeLock().lock();
    try {
      Map<String, Job> unique = new HashMap<>();
      for (Job job : jobs) {
        if (byId.containsKey(job.id()) || unique.putIfAbsent(job.id(), job) != null) {
          throw new DuplicateJobException(job.id());
        }
      }
      jobs.forEach(this::insert);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Job get(String id) {
    JobSlot slot = byId.get(id);
    if (slot == null) {
      throw new JobNotFoundException(id);
    }
    return slot.job;
  }

  @Override
  public boolean updateOptimistically(Job job, String currentStatus, long now) {
    return update(
            job.id(),
            currentStatus,
            stored ->
                stored.withStatus(job.status(), now).withProgress(job.progress()).withData(job.data()))
        .isPresent();
  }

  @Override
  public Optional<Job> updateStatus(String id, String status, long now) {
    return update(id, null, stored -> stored.withStatus(status, now));
  }

  @Override
  public Optional<Job> updateStatusOptimistically(
      String id, String currentStatus, String newStatus, long now) {
    return update(
        id,
        currentStatus,
        stored -> {
          Job changed = stored.withStatus(newStatus, now);
          // job_store.go UpdateStatusOptimistically: claiming a job also stamps StartAt.
          return "in_progress".equals(newStatus) ? changed.withStartAt(now) : changed;
        });
  }

  @Override
  public List<Job> getAllByTypesPage(Collection<String> types, long offset, int limit) {
    return read(
        () -> {
          List<NavigableSet<JobSlot>> sources = new ArrayList<>();
          for (String type : new TreeSet<>(types)) {
            NavigableSet<JobSlot> index = byType.get(type);
            if (index != null) {
              sources.add(index);
            }
          }
          return SlotPages.page(sources, offset, limit);
        });
  }

  @Override
  public List<Job> getAllByTypesAndStatusesPage(
      Collection<String> types, Collection<String> statuses, long offset, int limit) {
    return read(
        () -> {
          List<NavigableSet<JobSlot>> sources = new ArrayList<>();
          for (String type : new TreeSet<>(types)) {
            Map<String, NavigableSet<JobSlot>> perStatus = byTypeAndStatus.getOrDefault(type, Map.of());
            for (String status : new TreeSet<>(statuses)) {
              NavigableSet<JobSlot> index = perStatus.get(status);
              if (index != null) {
                sources.add(index);
              }
            }
          }
          return SlotPages.page(sources, offset, limit);
        });
  }

  @Override
  public List<Job> getAllByTypePage(String type, long offset, int limit) {
    return getAllByTypesPage(List.of(type), offset, limit);
  }

  @Override
  public List<Job> getAllByStatus(String status) {
    return read(
        () -> {
          List<NavigableSet<JobSlot>> sources = new ArrayList<>();
          for (Map<String, NavigableSet<JobSlot>> perStatus : byTypeAndStatus.values()) {
            NavigableSet<JobSlot> index = perStatus.get(status);
            if (index != null) {
              sources.add(index.descendingSet());
            }
          }
          return SlotPages.page(sources, JobSlot.OLDEST_FIRST, 0, Integer.MAX_VALUE);
        });
  }

  @Override
  public long count() {
    return byId.size();
  }

  @Override
  public void deleteAll() {
    lock.writeLock().lock();
    try {
      byId.clear();
      byType.clear();
      byTypeAndStatus.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void insert(Job job) {
    JobSlot slot = new JobSlot(job);
    if (byId.putIfAbsent(job.id(), slot) != null) {
      throw new DuplicateJobException(job.id());
    }
    byType.computeIfAbsent(job.type(), t -> new TreeSet<>()).add(slot);
    statusIndex(job.type(), job.status()).add(slot);
  }

  /** Applies {@code change} under the write lock when the stored status matches {@code expected} (null: any). */
  private Optional<Job> update(String id, String expected, UnaryOperator<Job> change) {
    lock.writeLock().lock();
    try {
      JobSlot slot = byId.get(id);
      if (slot == null || (expected != null && !expected.equals(slot.job.status()))) {
        return Optional.empty();
      }
      Job before = slot.job;
      Job after = change.apply(before);
      if (!before.status().equals(after.status())) {
        statusIndex(before.type(), before.status()).remove(slot);
        statusIndex(after.type(), after.status()).add(slot);
      }
      slot.job = after;
      return Optional.of(after);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private NavigableSet<JobSlot> statusIndex(String type, String status) {
    return byTypeAndStatus
        .computeIfAbsent(type, t -> new HashMap<>())
        .computeIfAbsent(status, s -> new TreeSet<>());
  }

  private List<Job> read(java.util.function.Supplier<List<Job>> query) {
    lock.readLock().lock();
    try {
      return Collections.unmodifiableList(query.get());
    } finally {
      lock.readLock().unlock();
    }
  }
}
