package io.jobsconformance.mock.namespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.app.JobSeed;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamespacesTest {
  private final Namespaces namespaces = withLimit(3);

  private static Namespaces withLimit(int limit) {
    return new Namespaces(NamespaceConfig.of(Settings.DEFAULTS, List.of(), Optional.empty()).withMaxNamespaces(limit));
  }

  @AfterEach
  void close() {
    namespaces.close();
  }

  @Test
  void noHeaderSelectsTheDefaultNamespace() {
    assertThat(namespaces.resolve(null).name()).isEqualTo("default");
    assertThat(namespaces.resolve(null)).isSameAs(namespaces.resolve("default"));
  }

  @Test
  void aNamespaceIsCreatedOnFirstUseAndReusedAfterwards() {
    assertThat(namespaces.existing("team-a")).isEmpty();

    Namespace first = namespaces.resolve("team-a");

    assertThat(namespaces.resolve("team-a")).isSameAs(first);
    assertThat(namespaces.existing("team-a")).containsSame(first);
  }

  @Test
  void namespacesDoNotShareJobsOrSettings() {
    Job job = namespaces.resolve("a").server().admin().seed(seed());
    namespaces.resolve("a").server().admin().updateSettings(Settings.DEFAULTS.withDownloadExportResults(true));

    assertThat(namespaces.resolve("b").server().admin().jobCount()).isZero();
    assertThat(namespaces.resolve("b").server().settings().downloadExportResults()).isFalse();
    assertThat(namespaces.resolve("a").server().admin().job(job.id())).isEqualTo(job);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run-1", "A.b_c-9", "x", "0123456789012345678901234567890123456789012345678901234567890123"})
  void namesOfLettersDigitsDotsUnderscoresAndDashesUpTo64AreAccepted(String name) {
    assertThat(namespaces.resolve(name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "with space", "slash/name", "ünïcode", "semi;colon",
          "01234567890123456789012345678901234567890123456789012345678901234"})
  void anyOtherNameIsRefusedWithA400ThatExplainsTheRule(String name) {
    assertThatThrownBy(() -> namespaces.resolve(name))
        .isInstanceOfSatisfying(
            RefusedRequest.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errorId()).isEqualTo("mock.namespace.invalid");
              assertThat(e.getMessage()).contains("X-Mock-Namespace", "1 to 64 characters");
            });
    assertThat(namespaces.count()).isZero();
  }

  @Test
  void beyondTheLimitNoNamespaceIsCreatedAndTheRefusalIsA503() {
    namespaces.resolve("a");
    namespaces.resolve("b");
    namespaces.resolve("c");

    assertThatThrownBy(() -> namespaces.resolve("d"))
        .isInstanceOfSatisfying(
            RefusedRequest.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.errorId()).isEqualTo("mock.namespace.limit");
              assertThat(e.getMessage()).contains("3 namespaces", "DELETE /__admin/jobs");
            });
    assertThat(namespaces.resolve("a").name()).isEqualTo("a");
  }

  @Test
  void aForgottenNamespaceFreesItsPlaceAndComesBackEmpty() {
    namespaces.resolve("a").server().admin().seed(seed());
    namespaces.resolve("b");
    namespaces.resolve("c");

    assertThat(namespaces.forget("a")).isPresent();

    assertThat(namespaces.resolve("d").name()).isEqualTo("d");
    namespaces.forget("d");
    assertThat(namespaces.resolve("a").server().admin().jobCount()).isZero();
  }

  @Test
  void theDefaultNamespaceIsNeverForgotten() {
    Namespace original = namespaces.resolve(null);

    assertThat(namespaces.forget("default")).isEmpty();

    assertThat(namespaces.resolve(null)).isSameAs(original);
  }

  @Test
  void threadsAskingForTheSameNewNamespaceAllGetOneAndTheSameInstance() throws Exception {
    try (Namespaces shared = withLimit(10_000)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      Set<Namespace> seen = ConcurrentHashMap.newKeySet();
      for (int i = 0; i < 64; i++) {
        pool.execute(
            () -> {
              try {
                start.await();
                seen.add(shared.resolve("contended"));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      assertThat(seen).hasSize(1);
      assertThat(shared.count()).isEqualTo(1);
    }
  }

  @Test
  void withTheWorkerSimulationOnAJobOfAnyNamespaceGetsWorkedOn() throws Exception {
    NamespaceConfig config =
        NamespaceConfig.of(Settings.DEFAULTS, List.of(), Optional.of(Duration.ofMillis(10)));
    try (Namespaces simulated = new Namespaces(config)) {
      Job job = simulated.resolve("elsewhere").server().admin().seed(seed());

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      String status = job.status();
      while (!status.equals("success") && System.nanoTime() < deadline) {
        Thread.sleep(10);
        status = simulated.resolve("elsewhere").server().admin().job(job.id()).status();
      }

      assertThat(status).isEqualTo("success");
    }
  }

  private static JobSeed seed() {
    return new JobSeed(null, "data_retention", null, null, null, null, null, null, null);
  }
}
