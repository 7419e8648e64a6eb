package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.byType;

import io.jobsconformance.model.Job;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/v4/jobs/type/{job_type}} (behaviour reference §1.5): {@code RequireJobType} (non-empty, at most 32
 * characters), the read mapping of the type, then a page of that type, newest first, always an array.
 */
public abstract class GetJobsByTypeContract extends JobsContract {

  @Test
  void jobsOfThatTypeComeNewestFirst() {
    Job older = seed(Seed.job("ldap_sync").createAt(10).status("success"));
    seed(Seed.job("migrations").createAt(15));
    Job newer = seed(Seed.job("ldap_sync").createAt(20));

    Exchange r = send(get(byType("ldap_sync")).as(ADMIN));

    Expect.jobs(r, List.of(newer, older));
    Expect.serverHeaders(r, true);
  }

  @Test
  void noJobsOfThatTypeIsAnEmptyArrayNotNull() {
    pending("migrations");

    Expect.jobs(send(get(byType("ldap_sync")).as(ADMIN)), List.of());
  }

  @Test
  void pagingWorksAsOnTheListEndpoint() {
    Job a = seed(Seed.job("plugins").createAt(1));
    Job b = seed(Seed.job("plugins").createAt(2));
    Job c = seed(Seed.job("plugins").createAt(3));

    Expect.jobs(send(get(byType("plugins") + "?page=1&per_page=2").as(ADMIN)), List.of(a));
    Expect.jobs(send(get(byType("plugins") + "?page=-2&per_page=2").as(ADMIN)), List.of(c, b));
    Expect.jobs(send(get(byType("plugins") + "?per_page=0").as(ADMIN)), List.of());
    Expect.jobs(send(get(byType("plugins") + "?page=99&per_page=2").as(ADMIN)), List.of());
    Expect.jobs(send(get(byType("plugins") + "?per_page=-1").as(ADMIN)), List.of(c, b, a));
  }

  @Test
  void aPageTimesPerPageThatOverflowsIsAServerError() {
    pending("plugins");

    rejects(get(byType("plugins") + "?page=9223372036854775807&per_page=2").as(ADMIN), ApiError.JOBS_GET_FAILED);
  }

  @Test
  void accessControlSyncIsAcceptedHereThoughGetJobsRejectsIt() {
    Job job = pending("access_control_sync");

    Expect.jobs(send(get(byType("access_control_sync")).as(ADMIN)), List.of(job));
  }

  @Test
  void accessControlSyncNeedsManageSystem() {
    pending("access_control_sync");

    rejects(get(byType("access_control_sync")).as(Actor.MANAGER), ApiError.FORBIDDEN);
  }

  @Test
  void aSystemManagerListsElasticsearchJobsButNotDataRetentionJobs() {
    Job job = pending("elasticsearch_post_indexing");

    Expect.jobs(send(get(byType("elasticsearch_post_indexing")).as(Actor.MANAGER)), List.of(job));
    rejects(get(byType("data_retention")).as(Actor.MANAGER), ApiError.FORBIDDEN);
  }

  @Test
  void aPlainUserIsForbidden() {
    pending("migrations");

    rejects(get(byType("migrations")).as(Actor.USER), ApiError.FORBIDDEN);
  }

  @Test
  void aTypeLongerThan32CharactersIsAnInvalidUrlParameter() {
    rejects(get(byType("a".repeat(33))).as(ADMIN), ApiError.invalidUrlParam("job_type"));
  }

  @ParameterizedTest(name = "type \"{0}\"")
  @ValueSource(
      strings = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bogus", "a-b_C", "ybndrfg8ejkmcpqxot1uwisza3",
        "last_accessible_post", "cleanup_desktop_tokens", "push_proxy_auth"})
  void aTypeOfAtMost32CharactersWithoutReadMappingIsABadRequest(String type) {
    seed(type, "pending");

    rejects(get(byType(type)).as(ADMIN), ApiError.RETRIEVE_NO_PERMISSIONS);
  }
}
