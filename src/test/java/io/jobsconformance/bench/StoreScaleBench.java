package io.jobsconformance.bench;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.model.JobType;
import io.jobsconformance.store.InMemoryJobStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints how the store's common queries scale from a thousand to a million jobs, and the heap each stored job costs.
 * A benchmark, not a test: run it by hand ({@code java -cp target/classes:target/test-classes
 * io.jobsconformance.bench.StoreScaleBench}) and compare the ratios, which mean more than the absolute figures on a
 * shared machine.
 */
public final class StoreScaleBench {
  private StoreScaleBench() {}

  public static void main(String[] args) {
    long small = measure(1_000);
    long large = measure(1_000_000);
    System.out.printf("first-page ratio 1M/1k: %.2f%n", (double) small / large);
  }

  private static long measure(int size) {
    System.gc();
    long before = usedHeap();
    InMemoryJobStore store = new InMemoryJobStore();
    Random random = new Random(42);
    List<Job> jobs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String type = JobType.ALL_JOB_TYPES.get(random.nextInt(JobType.ALL_JOB_TYPES.size()));
      String status = JobStatus.ALL.get(random.nextInt(JobStatus.ALL.size()));
      jobs.add(new Job(Ids.newId(), type, 0, 1_700_000_000_000L + i, 0, 0, status, 0, null));
    }
    store.saveAll(jobs);
    jobs = null;
    System.gc();
    long perJob = (usedHeap() - before) / size;
    String someId = store.getAllByTypePage(JobType.DATA_RETENTION, 0, 1).get(0).id();
    long listOps = opsPerSecond(() -> store.getAllByTypesPage(JobType.ALL_JOB_TYPES, 0, 60));
    long filteredOps =
        opsPerSecond(() -> store.getAllByTypesAndStatusesPage(JobType.ALL_JOB_TYPES, List.of("success"), 0, 60));
    long getOps = opsPerSecond(() -> store.get(someId));
    System.out.printf(
        "%,d jobs: %d bytes/job, unfiltered first page %,d/s, status-filtered %,d/s, get %,d/s%n",
        size, perJob, listOps, filteredOps, getOps);
    return listOps;
  }

  private static long opsPerSecond(Runnable op) {
    for (int i = 0; i < 2_000; i++) {
      op.run();
    }
    long start = System.nanoTime();
    int n = 0;
    while (System.nanoTime() - start < 1_000_000_000L) {
      op.run();
      n++;
    }
    return n * 1_000_000_000L / (System.nanoTime() - start);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
