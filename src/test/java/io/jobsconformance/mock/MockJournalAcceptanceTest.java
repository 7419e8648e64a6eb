package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request journal keeps only the newest entries, so a long-running mock does not grow without limit. */
class MockJournalAcceptanceTest {
  @RegisterExtension
  static final RunningMock mock = RunningMock.perClass(MockOptions.onAnyFreePort().withJournalSize(3));

  @Test
  void theJournalHoldsAtMostTheConfiguredNumberOfRequests() {
    for (int i = 0; i < 10; i++) {
      mock.api("admin-token").get("/api/v4/jobs?page=" + i).then().statusCode(200);
    }

    assertThat(mock.plain().get("/__admin/requests").then().statusCode(200).extract().jsonPath().getList("requests"))
        .hasSize(3);
  }
}
