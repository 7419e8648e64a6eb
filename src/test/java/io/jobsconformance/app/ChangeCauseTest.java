package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The cause of job changes: set around a piece of work on one thread, restored afterwards, even on failure. */
class ChangeCauseTest {

  @Test
  void withoutACauseTheCauseIsUnknown() {
    assertThat(ChangeCause.current()).isEqualTo("unknown");
  }

  @Test
  void aCauseHoldsForTheWorkAndNestsAndIsRestoredAfterwards() {
    String seen =
        ChangeCause.with(
            "request-1",
            () -> ChangeCause.current() + "/" + ChangeCause.with("admin", ChangeCause::current) + "/"
                + ChangeCause.current());

    assertThat(seen).isEqualTo("request-1/admin/request-1");
    assertThat(ChangeCause.current()).isEqualTo("unknown");
  }

  @Test
  void theCauseIsRestoredWhenTheWorkFails() {
    catchThrowable(() -> ChangeCause.run("request-2", () -> {
      throw new IllegalStateException("boom");
    }));

    assertThat(ChangeCause.current()).isEqualTo("unknown");
  }

  @Test
  void aCauseBelongsToItsThread() throws Exception {
    String elsewhere =
        ChangeCause.with("request-3", () -> CompletableFuture.supplyAsync(ChangeCause::current).join());

    assertThat(elsewhere).isEqualTo("unknown");
  }
}
