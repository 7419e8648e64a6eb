package io.jobsconformance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link JobStore} must do, after Mattermost's shared store test ({@code storetest/job_store.go}): accept
 * any job verbatim, hand out values that later writes cannot change, compare-and-set on the status, page newest first
 * (ties broken by id so pages are stable), and stay consistent under concurrent writers and readers. A subclass only
 * says how to build the store.
 */
abstract class JobStoreContractTest {
  private static final long NOW = 1_700_000_000_000L;
  private static final int THREADS = 16;

  /** The order every page must follow: {@code create_at} descending, then id ascending. */
  static final Comparator<Job> NEWEST_FIRST =
      Comparator.comparingLong(Job::createAt).reversed().thenComparing(Job::id);

  protected JobStore store;
  private ExecutorService pool;

  protected abstract JobStore createStore();

  @BeforeEach
  void setUp() {
    store = createStore();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  static Job job(String id, String type, long createAt, String status) {
    return new Job(id, type, 0, createAt, 0, 0, status, 0, null);
  }

  // ---- save and get ----

  @Test
  void aSavedJobIsReadBackWithEveryField() {
    Job job = new Job("j1", "message_export", 7, 100, 200, 300, "in_progress", 42, Map.of("k", "v"));

    assertThat(store.save(job)).isEqualTo(job);

    assertThat(store.get("j1")).isEqualTo(job);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void anyJobIsStoredVerbatimAsTheRealStoreDoesNotValidate() {
    Job odd = new Job("x", "some_random_type", 0, 0, 0, 0, "", -5, Map.of());

    store.save(odd);

    assertThat(store.get("x")).isEqualTo(odd);
  }

  @Test
  void changingTheCallersDataMapAfterSavingDoesNotChangeTheStoredJob() {
    Map<String, String> data = new HashMap<>(Map.of("policy_id", "p1"));
    store.save(new Job("j1", "access_control_sync", 0, 1, 0, 0, "pending", 0, data));

    data.put("policy_id", "p2");

    assertThat(store.get("j1").data()).containsExactly(Map.entry("policy_id", "p1"));
  }

  @Test
  void aJobReadBeforeAnUpdateKeepsItsOldValuesAndItsDataCannotBeModified() {
    store.save(new Job("j1", "plugins", 0, 1, 0, 0, "pending", 0, Map.of("a", "1")));
    Job before = store.get("j1");

    store.updateStatus("j1", "success", NOW);

    assertThat(before.status()).isEqualTo("pending");
    assertThat(before.lastActivityAt()).isZero();
    assertThat(store.get("j1").status()).isEqualTo("success");
    assertThatThrownBy(() -> store.get("j1").data().put("b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void savingAnIdThatIsAlreadyStoredThrowsDuplicateJobExceptionAndKeepsTheFirst() {
    Job first = job("dup", "plugins", 1, "pending");
    store.save(first);

    assertThatThrownBy(() -> store.save(job("dup", "ldap_sync", 2, "success")))
        .isInstanceOf(DuplicateJobException.class)
        .hasMessageContaining("dup");

    assertThat(store.get("dup")).isEqualTo(first);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.getAllByTypePage("ldap_sync", 0, 10)).isEmpty();
  }

  @Test
  void saveAllStoresEveryJob() {
    store.saveAll(List.of(job("a", "plugins", 1, "pending"), job("b", "plugins", 2, "success")));

    assertThat(store.count()).isEqualTo(2);
    assertThat(store.getAllByTypePage("plugins", 0, 10)).extracting(Job::id).containsExactly("b", "a");
  }

  @Test
  void saveAllWithAnIdAlreadyStoredStoresNothing() {
    store.save(job("a", "plugins", 1, "pending"));

    assertThatThrownBy(
            () ->
                store.saveAll(
                    List.of(job("b", "plugins", 2, "pending"), job("a", "plugins", 3, "pending"))))
        .isInstanceOf(DuplicateJobException.class);

    assertThat(store.count()).isEqualTo(1);
    assertThatThrownBy(() -> store.get("b")).isInstanceOf(JobNotFoundException.class);
    assertThat(store.getAllByTypePage("plugins", 0, 10)).extracting(Job::id).containsExactly("a");
  }

  @Test
  void saveAllWithTheSameIdTwiceInTheBatchStoresNothing() {
    assertThatThrownBy(
            () ->
                store.saveAll(
                    List.of(
                        job("a", "plugins", 1, "pending"),
                        job("b", "plugins", 2, "pending"),
                        job("a", "ldap_sync", 3, "pending"))))
        .isInstanceOf(DuplicateJobException.class);

    assertThat(store.count()).isZero();
    assertThat(store.getAllByTypesPage(List.of("plugins", "ldap_sync"), 0, 10)).isEmpty();
    assertThat(store.getAllByStatus("pending")).isEmpty();
  }

  @Test
  void gettingAnUnknownIdThrowsJobNotFoundException() {
    assertThatThrownBy(() -> store.get("nope"))
        .isInstanceOf(JobNotFoundException.class)
        .hasMessageContaining("nope");
  }

  // ---- status updates ----

  @Test
  void updateStatusOptimisticallyChangesTheStatusWhenTheExpectedStatusMatches() {
    store.save(new Job("j1", "plugins", 0, 5, 0, 0, "pending", 0, Map.of("a", "1")));

    Optional<Job> updated = store.updateStatusOptimistically("j1", "pending", "canceled", NOW);

    Job expected = new Job("j1", "plugins", 0, 5, 0, NOW, "canceled", 0, Map.of("a", "1"));
    assertThat(updated).contains(expected);
    assertThat(store.get("j1")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_progress", "success", "error", "canceled", "cancel_requested", "warning", ""})
  void updateStatusOptimisticallyDoesNothingWhenTheStoredStatusDiffers(String stored) {
    Job job = new Job("j1", "plugins", 0, 5, 6, 7, stored, 8, null);
    store.save(job);

    assertThat(store.updateStatusOptimistically("j1", "pending", "canceled", NOW)).isEmpty();

    assertThat(store.get("j1")).isEqualTo(job);
  }

  @Test
  void updateStatusOptimisticallyOfAnUnknownIdIsEmpty() {
    assertThat(store.updateStatusOptimistically("nope", "pending", "canceled", NOW)).isEmpty();
    assertThat(store.count()).isZero();
  }

  @Test
  void movingToInProgressAlsoStampsStartAt() {
    store.save(job("j1", "plugins", 5, "pending"));

    Optional<Job> claimed = store.updateStatusOptimistically("j1", "pending", "in_progress", NOW);

    assertThat(claimed).contains(new Job("j1", "plugins", 0, 5, NOW, NOW, "in_progress", 0, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"canceled", "cancel_requested", "success", "pending", "error"})
  void movingToAnyOtherStatusLeavesStartAtAlone(String target) {
    store.save(new Job("j1", "plugins", 0, 5, 11, 12, "in_progress", 50, null));

    Optional<Job> updated = store.updateStatusOptimistically("j1", "in_progress", target, NOW);

    assertThat(updated).contains(new Job("j1", "plugins", 0, 5, 11, NOW, target, 50, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pending", "in_progress", "success", "error", "canceled", "cancel_requested", "warning", ""})
  void updateStatusIsUnconditionalAndStampsLastActivity(String from) {
    store.save(new Job("j1", "plugins", 1, 5, 11, 12, from, 50, Map.of("a", "1")));

    Optional<Job> updated = store.updateStatus("j1", "canceled", NOW);

    Job expected = new Job("j1", "plugins", 1, 5, 11, NOW, "canceled", 50, Map.of("a", "1"));
    assertThat(updated).contains(expected);
    assertThat(store.get("j1")).isEqualTo(expected);
  }

  @Test
  void updateStatusToInProgressDoesNotStampStartAt() {
    store.save(job("j1", "plugins", 5, "pending"));

    assertThat(store.updateStatus("j1", "in_progress", NOW))
        .contains(new Job("j1", "plugins", 0, 5, 0, NOW, "in_progress", 0, null));
  }

  @Test
  void updateStatusOfAnUnknownIdIsEmptyAndCreatesNothing() {
    assertThat(store.updateStatus("nope", "success", NOW)).isEmpty();
    assertThat(store.count()).isZero();
    assertThat(store.getAllByStatus("success")).isEmpty();
  }

  @Test
  void updateOptimisticallyWritesStatusProgressDataAndLastActivityButNothingElse() {
    store.save(new Job("j1", "message_export", 3, 5, 11, 12, "in_progress", 10, Map.of("a", "1")));
    Job changes = new Job("j1", "other_type", 99, 99, 99, 99, "error", -1, Map.of("error", "boom"));

    assertThat(store.updateOptimistically(changes, "in_progress", NOW)).isTrue();

    assertThat(store.get("j1"))
        .isEqualTo(new Job("j1", "message_export", 3, 5, 11, NOW, "error", -1, Map.of("error", "boom")));
  }

  @Test
  void updateOptimisticallyCanClearData() {
    store.save(new Job("j1", "plugins", 0, 5, 0, 0, "in_progress", 10, Map.of("a", "1")));

    store.updateOptimistically(job("j1", "plugins", 5, "in_progress"), "in_progress", NOW);

    assertThat(store.get("j1").data()).isNull();
  }

  @Test
  void updateOptimisticallyDoesNothingWhenTheStoredStatusDiffers() {
    Job stored = new Job("j1", "plugins", 0, 5, 0, 0, "cancel_requested", 10, Map.of("a", "1"));
    store.save(stored);

    boolean updated =
        store.updateOptimistically(
            new Job("j1", "plugins", 0, 5, 0, 0, "error", -1, Map.of("error", "x")), "in_progress", NOW);

    assertThat(updated).isFalse();
    assertThat(store.get("j1")).isEqualTo(stored);
  }

  @Test
  void updateOptimisticallyOfAnUnknownIdIsFalse() {
    assertThat(store.updateOptimistically(job("nope", "plugins", 1, "success"), "pending", NOW)).isFalse();
    assertThat(store.count()).isZero();
  }

  // ---- pages ----

  @Test
  void pagesListNewestFirstByCreateAt() {
    store.saveAll(
        List.of(
            job("a", "plugins", 10, "pending"),
            job("b", "plugins", 30, "pending"),
            job("c", "plugins", 20, "pending"),
            job("d", "ldap_sync", 25, "pending")));

    assertThat(store.getAllByTypePage("plugins", 0, 10)).extracting(Job::id).containsExactly("b", "c", "a");
    assertThat(store.getAllByTypesPage(List.of("plugins", "ldap_sync"), 0, 10))
        .extracting(Job::id)
        .containsExactly("b", "d", "c", "a");
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins", "ldap_sync"), List.of("pending"), 0, 10))
        .extracting(Job::id)
        .containsExactly("b", "d", "c", "a");
  }

  @Test
  void jobsWithTheSameCreateAtComeInTheSameOrderOnEveryCallAndAcrossPages() {
    List<Job> tied = new ArrayList<>();
    for (String id : List.of("m", "c", "x", "a", "q", "f")) {
      tied.add(job(id, id.compareTo("g") < 0 ? "plugins" : "ldap_sync", 100, "pending"));
    }
    store.saveAll(tied);
    List<String> types = List.of("plugins", "ldap_sync");

    List<String> whole = ids(store.getAllByTypesPage(types, 0, 100));
    List<String> onePerPage = new ArrayList<>();
    for (int offset = 0; offset < 6; offset++) {
      onePerPage.addAll(ids(store.getAllByTypesPage(types, offset, 1)));
    }

    assertThat(whole).containsExactly("a", "c", "f", "m", "q", "x");
    assertThat(ids(store.getAllByTypesPage(types, 0, 100))).isEqualTo(whole);
    assertThat(onePerPage).isEqualTo(whole);
  }

  @Test
  void aLimitOfZeroGivesAnEmptyPage() {
    store.save(job("a", "plugins", 1, "pending"));

    assertThat(store.getAllByTypePage("plugins", 0, 0)).isEmpty();
    assertThat(store.getAllByTypesPage(List.of("plugins"), 0, 0)).isEmpty();
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending"), 0, 0)).isEmpty();
  }

  @Test
  void anOffsetAtOrPastTheEndGivesAnEmptyPage() {
    store.saveAll(List.of(job("a", "plugins", 1, "pending"), job("b", "plugins", 2, "pending")));

    assertThat(store.getAllByTypePage("plugins", 2, 10)).isEmpty();
    assertThat(store.getAllByTypesPage(List.of("plugins"), 3, 10)).isEmpty();
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending"), 1_000_000_000_000L, 10))
        .isEmpty();
    assertThat(store.getAllByTypePage("plugins", 1, 10)).extracting(Job::id).containsExactly("a");
  }

  @Test
  void aNegativeOffsetIsAStoreErrorAsPostgresRejectsItsUnsignedWrapAround() {
    store.save(job("a", "plugins", 1, "pending"));

    assertThatThrownBy(() -> store.getAllByTypePage("plugins", -1, 10)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.getAllByTypesPage(List.of("plugins"), -60, 60))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(
            () -> store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending"), Long.MIN_VALUE, 1))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void noTypesOrAnUnknownTypeGiveAnEmptyPage() {
    store.save(job("a", "plugins", 1, "pending"));

    assertThat(store.getAllByTypesPage(List.of(), 0, 10)).isEmpty();
    assertThat(store.getAllByTypesPage(List.of("foo"), 0, 10)).isEmpty();
    assertThat(store.getAllByTypePage("", 0, 10)).isEmpty();
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of(), 0, 10)).isEmpty();
  }

  @Test
  void typeAndStatusFiltersCombineWithAnd() {
    store.saveAll(
        List.of(
            job("p-pending", "plugins", 1, "pending"),
            job("p-success", "plugins", 2, "success"),
            job("l-pending", "ldap_sync", 3, "pending"),
            job("l-error", "ldap_sync", 4, "error"),
            job("m-pending", "migrations", 5, "pending")));

    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins", "ldap_sync"), List.of("pending"), 0, 10))
        .extracting(Job::id)
        .containsExactly("l-pending", "p-pending");
    assertThat(
            store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending", "success", "error"), 0, 10))
        .extracting(Job::id)
        .containsExactly("p-success", "p-pending");
    assertThat(store.getAllByTypesAndStatusesPage(List.of("migrations"), List.of("success"), 0, 10)).isEmpty();
  }

  @Test
  void theEmptyStatusIsAStatusLikeAnyOther() {
    store.saveAll(List.of(job("blank", "plugins", 1, ""), job("pending", "plugins", 2, "pending")));

    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of(""), 0, 10))
        .extracting(Job::id)
        .containsExactly("blank");
    assertThat(store.getAllByStatus("")).extracting(Job::id).containsExactly("blank");
  }

  @Test
  void aJobMovesBetweenStatusListsWhenItsStatusChanges() {
    store.saveAll(List.of(job("a", "plugins", 1, "pending"), job("b", "plugins", 2, "pending")));

    store.updateStatusOptimistically("a", "pending", "in_progress", NOW);

    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending"), 0, 10))
        .extracting(Job::id)
        .containsExactly("b");
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("in_progress"), 0, 10))
        .extracting(Job::id, Job::status)
        .containsExactly(tuple("a", "in_progress"));
    assertThat(store.getAllByStatus("pending")).extracting(Job::id).containsExactly("b");
    assertThat(store.getAllByStatus("in_progress")).extracting(Job::id).containsExactly("a");
    assertThat(store.getAllByTypesPage(List.of("plugins"), 0, 10))
        .extracting(Job::id, Job::status)
        .containsExactly(
            tuple("b", "pending"),
            tuple("a", "in_progress"));

    store.updateStatus("a", "success", NOW);
    store.updateOptimistically(job("b", "plugins", 2, "error"), "pending", NOW);

    assertThat(store.getAllByStatus("in_progress")).isEmpty();
    assertThat(store.getAllByStatus("pending")).isEmpty();
    assertThat(store.getAllByStatus("success")).extracting(Job::id).containsExactly("a");
    assertThat(store.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("error"), 0, 10))
        .extracting(Job::id)
        .containsExactly("b");
  }

  @Test
  void getAllByStatusListsOldestFirstAcrossTypes() {
    store.saveAll(
        List.of(
            job("new", "plugins", 30, "pending"),
            job("old", "ldap_sync", 10, "pending"),
            job("mid", "data_retention", 20, "pending"),
            job("done", "plugins", 5, "success")));

    assertThat(store.getAllByStatus("pending")).extracting(Job::id).containsExactly("old", "mid", "new");
    assertThat(store.getAllByStatus("warning")).isEmpty();
  }

  @Test
  void deleteAllForgetsEveryJob() {
    store.saveAll(List.of(job("a", "plugins", 1, "pending"), job("b", "ldap_sync", 2, "success")));

    store.deleteAll();

    assertThat(store.count()).isZero();
    assertThatThrownBy(() -> store.get("a")).isInstanceOf(JobNotFoundException.class);
    assertThat(store.getAllByTypesPage(List.of("plugins", "ldap_sync"), 0, 10)).isEmpty();
    assertThat(store.getAllByTypesAndStatusesPage(List.of("ldap_sync"), List.of("success"), 0, 10)).isEmpty();
    assertThat(store.getAllByStatus("pending")).isEmpty();
    store.save(job("a", "plugins", 3, "pending"));
    assertThat(store.get("a").createAt()).isEqualTo(3);
  }

  /**
   * A property check with a fixed seed: for many type sets, status sets, offsets and limits, every page equals "filter
   * all jobs, sort newest first, slice". Creation times come from a narrow range so ties are common.
   */
  @Test
  void everyPageEqualsFilteringSortingAndSlicingAllJobs() {
    Random random = new Random(20251201);
    List<String> types = List.of("plugins", "ldap_sync", "data_retention", "migrations", "cloud", "zeta");
    List<String> statuses = List.of("pending", "in_progress", "success", "error", "canceled", "");
    List<Job> all = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String type = types.get(random.nextInt(types.size()));
      String status = statuses.get(random.nextInt(statuses.size()));
      all.add(job(String.format("id%04d", random.nextInt(10_000)) + "-" + i, type, random.nextInt(60), status));
    }
    store.saveAll(all);
    long[] offsets = {0, 1, 2, 7, 33, 59, 60, 150, 399, 400, 401, 5000};
    int[] limits = {1, 2, 5, 60, 200, 1000};

    int checked = 0;
    for (int round = 0; round < 40; round++) {
      Set<String> typeSet = randomSubset(random, types);
      if (round % 10 == 0) {
        typeSet.add("unknown_type");
      }
      Set<String> statusSet = randomSubset(random, statuses);
      for (long offset : offsets) {
        for (int limit : limits) {
          assertThat(store.getAllByTypesPage(typeSet, offset, limit))
              .as("types %s offset %d limit %d", typeSet, offset, limit)
              .containsExactlyElementsOf(expectedPage(all, typeSet, null, offset, limit));
          assertThat(store.getAllByTypesAndStatusesPage(typeSet, statusSet, offset, limit))
              .as("types %s statuses %s offset %d limit %d", typeSet, statusSet, offset, limit)
              .containsExactlyElementsOf(expectedPage(all, typeSet, statusSet, offset, limit));
          checked += 2;
        }
      }
    }
    for (String type : types) {
      for (long offset : offsets) {
        assertThat(store.getAllByTypePage(type, offset, 60))
            .containsExactlyElementsOf(expectedPage(all, Set.of(type), null, offset, 60));
      }
    }
    assertThat(checked).isEqualTo(40 * offsets.length * limits.length * 2);
  }

  private static Set<String> randomSubset(Random random, List<String> values) {
    Set<String> subset = new HashSet<>();
    for (String value : values) {
      if (random.nextBoolean()) {
        subset.add(value);
      }
    }
    return subset;
  }

  private static List<Job> expectedPage(
      List<Job> all, Collection<String> types, Collection<String> statuses, long offset, int limit) {
    return all.stream()
        .filter(j -> types.contains(j.type()))
        .filter(j -> statuses == null || statuses.contains(j.status()))
        .sorted(NEWEST_FIRST)
        .skip(offset)
        .limit(limit)
        .toList();
  }

  private static List<String> ids(List<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }

  // ---- concurrency ----

  @Test
  void ofSixteenThreadsRacingToCancelOnePendingJobExactlyOneWins() throws Exception {
    for (int round = 0; round < 25; round++) {
      String id = "race" + round;
      store.save(job(id, "plugins", round, "pending"));

      List<Optional<Job>> results = race(() -> store.updateStatusOptimistically(id, "pending", "canceled", NOW));

      assertThat(results.stream().filter(Optional::isPresent).count()).as("round %d", round).isEqualTo(1);
      assertThat(store.get(id).status()).isEqualTo("canceled");
    }
  }

  @Test
  void sixteenThreadsSavingDistinctJobsStoreEachOneListedExactlyOnce() throws Exception {
    int perThread = 200;
    List<Future<?>> futures = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  store.save(job("t" + thread + "-" + i, thread % 2 == 0 ? "plugins" : "ldap_sync", i, "pending"));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }

    int total = THREADS * perThread;
    assertThat(store.count()).isEqualTo(total);
    List<Job> listed = store.getAllByTypesPage(List.of("plugins", "ldap_sync"), 0, total + 10);
    assertThat(listed).hasSize(total);
    assertThat(listed.stream().map(Job::id).collect(Collectors.toSet())).hasSize(total);
    assertThat(store.getAllByStatus("pending")).hasSize(total);
    for (int t = 0; t < THREADS; t++) {
      assertThat(store.get("t" + t + "-" + (perThread - 1)).createAt()).isEqualTo(perThread - 1);
    }
  }

  @Test
  void concurrentStatusChangesAndListReadsNeverThrowAndNeverListAJobTwice() throws Exception {
    List<String> types = List.of("plugins", "ldap_sync", "data_retention");
    List<String> statuses = List.of("pending", "in_progress", "success", "cancel_requested");
    int jobs = 120;
    for (int i = 0; i < jobs; i++) {
      store.save(job("j" + i, types.get(i % types.size()), i % 17, statuses.get(i % statuses.size())));
    }
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean writer = t % 2 == 0;
      long seed = t;
      futures.add(
          pool.submit(
              () -> {
                Random random = new Random(seed);
                start.await();
                for (int i = 0; i < 1_500; i++) {
                  if (writer) {
                    String id = "j" + random.nextInt(jobs);
                    String from = statuses.get(random.nextInt(statuses.size()));
                    String to = statuses.get(random.nextInt(statuses.size()));
                    if (random.nextBoolean()) {
                      store.updateStatusOptimistically(id, from, to, NOW + i);
                    } else {
                      store.updateStatus(id, to, NOW + i);
                    }
                  } else {
                    check(problems, "all", store.getAllByTypesPage(types, 0, 1000), jobs);
                    check(problems, "by status", store.getAllByTypesAndStatusesPage(types, statuses, 0, 1000), jobs);
                    check(problems, "page", store.getAllByTypesPage(types, random.nextInt(jobs), 25), -1);
                    for (String status : statuses) {
                      check(problems, "getAllByStatus", store.getAllByStatus(status), -1);
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }

    assertThat(problems).isEmpty();
    assertThat(store.getAllByTypesAndStatusesPage(types, statuses, 0, 1000)).hasSize(jobs);
  }

  private static void check(ConcurrentLinkedQueue<String> problems, String what, List<Job> page, int expected) {
    Set<String> ids = page.stream().map(Job::id).collect(Collectors.toSet());
    if (ids.size() != page.size()) {
      problems.add(what + ": a job listed twice in " + ids(page));
    }
    if (expected >= 0 && page.size() != expected) {
      problems.add(what + ": " + page.size() + " jobs instead of " + expected);
    }
    List<Job> sorted = new ArrayList<>(page);
    sorted.sort(NEWEST_FIRST);
    if (!what.equals("getAllByStatus") && !sorted.equals(page)) {
      problems.add(what + ": not newest first");
    }
  }

  private <T> List<T> race(Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }
}
