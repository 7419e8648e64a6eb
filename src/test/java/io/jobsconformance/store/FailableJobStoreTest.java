package io.jobsconformance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.model.Job;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The failable wrapper: while not failing it must pass the whole store contract; while failing every data operation
 * throws {@link StoreException} (what the app layer turns into its 500s) and changes nothing.
 */
class FailableJobStoreTest extends JobStoreContractTest {
  private static final Job PENDING = new Job("j1", "plugins", 0, 10, 0, 0, "pending", 0, Map.of("a", "1"));
  private static final Job IN_PROGRESS = new Job("j2", "ldap_sync", 0, 20, 15, 16, "in_progress", 40, null);

  private FailableJobStore failable;

  @Override
  protected JobStore createStore() {
    failable = new FailableJobStore(new InMemoryJobStore());
    return failable;
  }

  static Stream<Arguments> everyDataOperation() {
    return Stream.of(
        op("save", s -> s.save(JobStoreContractTest.job("new", "plugins", 1, "pending"))),
        op("saveAll", s -> s.saveAll(List.of(JobStoreContractTest.job("new", "plugins", 1, "pending")))),
        op("get", s -> s.get("j1")),
        op("get of an unknown id", s -> s.get("unknown")),
        op("updateOptimistically", s -> s.updateOptimistically(IN_PROGRESS.withProgress(90), "in_progress", 99)),
        op("updateStatus", s -> s.updateStatus("j1", "success", 99)),
        op("updateStatusOptimistically", s -> s.updateStatusOptimistically("j1", "pending", "canceled", 99)),
        op("getAllByTypesPage", s -> s.getAllByTypesPage(List.of("plugins"), 0, 10)),
        op(
            "getAllByTypesAndStatusesPage",
            s -> s.getAllByTypesAndStatusesPage(List.of("plugins"), List.of("pending"), 0, 10)),
        op("getAllByTypePage", s -> s.getAllByTypePage("plugins", 0, 10)),
        op("getAllByStatus", s -> s.getAllByStatus("pending")));
  }

  private static Arguments op(String name, Consumer<JobStore> operation) {
    return Arguments.of(name, operation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDataOperation")
  void whileFailingEveryDataOperationThrowsAStoreExceptionAndChangesNothing(
      String name, Consumer<JobStore> operation) {
    store.saveAll(List.of(PENDING, IN_PROGRESS));
    failable.setFailing(true);

    assertThatThrownBy(() -> operation.accept(store)).isInstanceOf(StoreException.class);

    failable.setFailing(false);
    assertThat(store.count()).isEqualTo(2);
    assertThat(store.get("j1")).isEqualTo(PENDING);
    assertThat(store.get("j2")).isEqualTo(IN_PROGRESS);
    assertThatThrownBy(() -> store.get("new")).isInstanceOf(JobNotFoundException.class);
  }

  @Test
  void switchedBackItWorksAgain() {
    failable.setFailing(true);
    assertThat(failable.isFailing()).isTrue();
    assertThatThrownBy(() -> store.save(PENDING)).isInstanceOf(StoreException.class);

    failable.setFailing(false);

    assertThat(failable.isFailing()).isFalse();
    store.save(PENDING);
    assertThat(store.updateStatusOptimistically("j1", "pending", "canceled", 5)).isPresent();
    assertThat(store.get("j1").status()).isEqualTo("canceled");
  }

  @Test
  void countAndDeleteAllStayAvailableWhileFailingSoTheControlPlaneCanStillReset() {
    store.saveAll(List.of(PENDING, IN_PROGRESS));
    failable.setFailing(true);

    assertThat(store.count()).isEqualTo(2);
    store.deleteAll();

    failable.setFailing(false);
    assertThat(store.count()).isZero();
  }

  @Test
  void aFailingStoreIsNotFailingUntilToldSo() {
    assertThat(new FailableJobStore(new InMemoryJobStore()).isFailing()).isFalse();
  }
}
