package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/v4/jobs} (behaviour reference §1.4): the readable-types rule, the {@code job_type} and
 * {@code status} filters combined with AND, newest first, and the {@code null} body of an empty unfiltered or
 * type-only result. Paging is {@link PagingContract}'s.
 */
public abstract class GetJobsContract extends JobsContract {

  @Test
  void anEmptyUnfilteredListIsTheFourBytesNull() {
    Exchange r = send(get(JOBS).as(ADMIN));

    Expect.nullList(r);
    Expect.serverHeaders(r, true);
  }

  @Test
  void aTypeOnlyQueryWithoutMatchesIsAlsoNull() {
    pending("migrations");

    Expect.nullList(send(get(JOBS + "?job_type=ldap_sync").as(ADMIN)));
  }

  @Test
  void aStatusFilteredQueryWithoutMatchesIsAnEmptyArray() {
    pending("migrations");

    Expect.jobs(send(get(JOBS + "?status=success").as(ADMIN)), List.of());
  }

  @Test
  void jobsComeNewestFirstAsAnArrayWithoutTrailingNewline() {
    Job old = seed(Seed.job("ldap_sync").createAt(100));
    Job newest = seed(Seed.job("data_retention").createAt(300).status("success"));
    Job middle = seed(Seed.job("migrations").createAt(200).status("in_progress"));

    Exchange r = send(get(JOBS).as(ADMIN));

    Expect.jobs(r, List.of(newest, middle, old));
    assertThat(r.text()).doesNotEndWith("\n");
  }

  @Test
  void emptyJobTypeAndStatusAsClient4SendsThemMeanNoFilter() {
    Job older = seed(Seed.job("ldap_sync").createAt(1));
    Job newer = seed(Seed.job("migrations").createAt(2).status("success"));
    seed(Seed.job("plugins").createAt(0));

    Expect.jobs(send(get(JOBS + "?page=0&per_page=2&job_type=&status=").as(ADMIN)), List.of(newer, older));
  }

  @Test
  void theJobTypeFilterKeepsOnlyThatType() {
    Job ldap = seed(Seed.job("ldap_sync").createAt(1));
    seed(Seed.job("migrations").createAt(2));
    Job ldap2 = seed(Seed.job("ldap_sync").createAt(3).status("error"));

    Expect.jobs(send(get(JOBS + "?job_type=ldap_sync").as(ADMIN)), List.of(ldap2, ldap));
  }

  @Test
  void theStatusFilterKeepsOnlyThatStatus() {
    Job a = seed(Seed.job("ldap_sync").createAt(1).status("success"));
    seed(Seed.job("migrations").createAt(2).status("pending"));
    Job b = seed(Seed.job("data_retention").createAt(3).status("success"));

    Expect.jobs(send(get(JOBS + "?status=success").as(ADMIN)), List.of(b, a));
  }

  @Test
  void bothFiltersTogetherKeepOnlyJobsMatchingBoth() {
    seed(Seed.job("ldap_sync").createAt(1).status("pending"));
    Job match = seed(Seed.job("ldap_sync").createAt(2).status("success"));
    seed(Seed.job("migrations").createAt(3).status("success"));

    Expect.jobs(send(get(JOBS + "?job_type=ldap_sync&status=success").as(ADMIN)), List.of(match));
  }

  @ParameterizedTest(name = "job_type={0}")
  @ValueSource(strings = {"access_control_sync", "push_proxy_auth", "resend_invitation_email", "cli_message_export",
    "bogus", "DATA_RETENTION"})
  void aJobTypeOutsideAllJobTypesIsAnInvalidUrlParameter(String type) {
    pending("migrations");

    rejects(get(JOBS + "?job_type=" + type).as(ADMIN), ApiError.invalidUrlParam("job_type"));
  }

  @ParameterizedTest(name = "job_type={0}")
  @ValueSource(strings = {"last_accessible_post", "last_accessible_file", "cleanup_desktop_tokens",
    "refresh_materialized_views"})
  void aJobTypeWithoutReadMappingIsABadRequest(String type) {
    pending("migrations");

    rejects(get(JOBS + "?job_type=" + type).as(ADMIN), ApiError.RETRIEVE_NO_PERMISSIONS);
  }

  @Test
  void aJobTypeTheCallerCannotReadIsForbidden() {
    pending("data_retention");

    rejects(get(JOBS + "?job_type=data_retention").as(Actor.MANAGER), ApiError.FORBIDDEN);
  }

  @ParameterizedTest(name = "status={0}")
  @ValueSource(strings = {"bogus", "PENDING", "cancelled", "%20"})
  void anInvalidStatusIsABadRequest(String status) {
    pending("migrations");

    rejects(get(JOBS + "?status=" + status).as(ADMIN), ApiError.STATUS_INVALID);
  }

  @Test
  void aPlainUserCanReadNoTypeAndIsForbidden() {
    pending("migrations");

    rejects(get(JOBS).as(Actor.USER), ApiError.FORBIDDEN);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"ADMIN", "MANAGER", "READ_ONLY_ADMIN", "USER_MANAGER"})
  void theUnfilteredListHoldsExactlyTheTypesInAllJobTypesTheCallerCanRead(Actor actor) {
    List<Job> all = new ArrayList<>();
    long at = 1;
    for (PermissionTable.Row row : PermissionTable.ROWS) {
      all.add(seed(Seed.job(row.type()).createAt(at++)));
    }
    for (String type : List.of("cleanup_desktop_tokens", "refresh_materialized_views", "s3_path_migration",
        "export_users_to_csv")) {
      all.add(seed(Seed.job(type).createAt(at++)));
    }
    List<Job> visible =
        all.stream()
            .filter(j -> PermissionTable.ALL_JOB_TYPES.contains(j.type()))
            .filter(j -> {
              String read = PermissionTable.row(j.type()).read();
              return read != null && PermissionTable.grants(actor, read);
            })
            .sorted(Comparator.comparingLong(Job::createAt).reversed())
            .toList();

    Expect.jobs(send(get(JOBS).as(actor)), visible);
  }

  @Test
  void aSystemManagerSeesOnlyElasticsearchAndLdapJobs() {
    Job indexing = seed(Seed.job("elasticsearch_post_indexing").createAt(1));
    seed(Seed.job("data_retention").createAt(2));
    Job ldap = seed(Seed.job("ldap_sync").createAt(3));
    seed(Seed.job("migrations").createAt(4));
    Job aggregation = seed(Seed.job("elasticsearch_post_aggregation").createAt(5));
    seed(Seed.job("message_export").createAt(6));

    Expect.jobs(send(get(JOBS).as(Actor.MANAGER)), List.of(aggregation, ldap, indexing));
  }

  @Test
  void jobsOfTypesOutsideAllJobTypesAreNeverListedEvenWhenTheyMatchTheStatus() {
    for (String type : List.of("access_control_sync", "push_proxy_auth", "resend_invitation_email",
        "s3_path_migration", "export_users_to_csv", "", "random_type", "last_accessible_post")) {
      seed(Seed.job(type).status("success"));
    }

    Expect.nullList(send(get(JOBS).as(ADMIN)));
    Expect.jobs(send(get(JOBS + "?status=success").as(ADMIN)), List.of());
  }
}
