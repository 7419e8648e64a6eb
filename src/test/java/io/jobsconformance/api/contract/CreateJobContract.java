package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /api/v4/jobs} (behaviour reference §1.3): the create mapping, the permission, the worker check, then a
 * new pending job with only {@code type} and {@code data} taken from the request. How the body is decoded is
 * {@link CreateJobBodyContract}'s.
 */
public abstract class CreateJobContract extends CreateSupport {
  @Test
  void aNewJobIsPendingWithItsDataAndComesBackAs201() {
    long before = System.currentTimeMillis();

    Exchange r = send(post(JOBS).as(ADMIN).json("{\"type\":\"data_retention\",\"data\":{\"b\":\"2\",\"a\":\"1\"}}"));

    created(r, "data_retention", Map.of("a", "1", "b", "2"), before);
    assertThat(r.text()).contains("\"status\":\"pending\",\"progress\":0,\"data\":{\"a\":\"1\",\"b\":\"2\"}}\n");
    Expect.serverHeaders(r, false);
  }

  @Test
  void aJobCreatedWithoutDataHasDataNull() {
    long before = System.currentTimeMillis();

    Exchange r = send(post(JOBS).as(ADMIN).json("{\"type\":\"migrations\"}"));

    created(r, "migrations", null, before);
    assertThat(r.text()).endsWith("\"data\":null}\n");
  }

  @Test
  void idStatusTimesProgressAndPriorityInTheBodyAreIgnored() {
    long before = System.currentTimeMillis();

    Exchange r =
        send(post(JOBS).as(ADMIN).json(
            "{\"id\":\"ybndrfg8ejkmcpqxot1uwisza3\",\"type\":\"ldap_sync\",\"priority\":9,\"create_at\":5,"
                + "\"start_at\":6,\"last_activity_at\":7,\"status\":\"success\",\"progress\":50,\"data\":null}"));

    Job job = created(r, "ldap_sync", null, before);
    assertThat(job.id()).isNotEqualTo("ybndrfg8ejkmcpqxot1uwisza3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.jobsconformance.api.contract.PermissionTable#creatableWithWorker")
  void everyCreatableTypeWithAWorkerCanBeCreated(String type) {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"type\":\"" + type + "\"}")), type, null, before);
  }

  @Test
  void cloudHasACreateMappingButNoWorker() {
    rejects(post(JOBS).as(ADMIN).json("{\"type\":\"cloud\"}"), ApiError.NO_WORKER);
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(
      strings = {"{\"type\":\"mobile_session_metadata\"}", "{\"type\":\"last_accessible_post\"}",
        "{\"type\":\"push_proxy_auth\"}", "{\"type\":\"\"}", "{\"type\":\"unknown\"}", "{}", "null",
        "{\"type\":null}", "{\"data\":{\"a\":\"1\"}}", "{\"type\":\"Data_Retention\"}"})
  void aTypeWithoutCreateMappingIsAnIncorrectJobType(String body) {
    rejects(post(JOBS).as(ADMIN).json(body), ApiError.CREATE_INCORRECT_TYPE);
  }

  @Test
  void aSystemManagerCreatesElasticsearchJobsButNotActiveUsersJobs() {
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(Actor.MANAGER).json("{\"type\":\"elasticsearch_post_indexing\"}")),
        "elasticsearch_post_indexing", null, before);
    rejects(post(JOBS).as(Actor.MANAGER).json("{\"type\":\"active_users\"}"), ApiError.FORBIDDEN);
  }

  @Test
  void aReadOnlyAdminCannotCreate() {
    rejects(post(JOBS).as(Actor.READ_ONLY_ADMIN).json("{\"type\":\"data_retention\"}"), ApiError.FORBIDDEN);
  }

  @Test
  void dataWithHtmlCharactersComesBackEscaped() {
    long before = System.currentTimeMillis();

    Exchange r = send(post(JOBS).as(ADMIN).json("{\"type\":\"plugins\",\"data\":{\"q\":\"<a&b>\"}}"));

    created(r, "plugins", Map.of("q", "<a&b>"), before);
    assertThat(r.text()).contains("\"data\":{\"q\":\"\\u003ca\\u0026b\\u003e\"}");
  }

  @Test
  void anAccessControlSyncJobCancelsTheActiveJobsOfTheSamePolicyFirst() {
    Job samePending = seed(Seed.job("access_control_sync").status("pending").data(Map.of("policy_id", "p1")));
    Job sameRunning = seed(Seed.job("access_control_sync").status("in_progress").data(Map.of("policy_id", "p1")));
    Job sameDone = seed(Seed.job("access_control_sync").status("success").data(Map.of("policy_id", "p1")));
    Job otherPolicy = seed(Seed.job("access_control_sync").status("pending").data(Map.of("policy_id", "p2")));
    long before = System.currentTimeMillis();

    created(send(post(JOBS).as(ADMIN).json("{\"type\":\"access_control_sync\",\"data\":{\"policy_id\":\"p1\"}}")),
        "access_control_sync", Map.of("policy_id", "p1"), before);

    assertThat(stored(samePending.id()).status()).isEqualTo("canceled");
    assertThat(stored(sameRunning.id()).status()).isEqualTo("canceled");
    assertThat(stored(sameDone.id())).isEqualTo(sameDone);
    assertThat(stored(otherPolicy.id())).isEqualTo(otherPolicy);
  }
}
