package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.api.contract.PermissionTable.Row;
import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour reference §4 as a matrix: every default role against every job type, for read ({@code GET
 * /jobs/{id}}), create ({@code POST /jobs}), cancel (which uses the create permission) and manage ({@code PATCH
 * /jobs/{id}/status}). A type with no mapping is a 400 for everyone; a mapped permission the role lacks is a 403
 * whose developer-mode detail names exactly that permission.
 */
public abstract class PermissionMatrixContract extends JobsContract {
  private static final String USER_ID = "userId=[a-z0-9]{26}, permission=";

  static Stream<Arguments> everyRoleAndType() {
    return PermissionTable.roleActors().stream()
        .flatMap(actor -> PermissionTable.ROWS.stream().map(row -> Arguments.of(actor, row)));
  }

  static Stream<Row> mappedOrNot() {
    return PermissionTable.ROWS.stream();
  }

  @ParameterizedTest(name = "{0} reads a {1} job")
  @MethodSource("everyRoleAndType")
  void readingAJobNeedsTheTypesReadPermission(Actor actor, Row row) {
    Job job = pending(row.type());

    Exchange r = send(get(job(job.id())).as(actor));

    if (row.read() == null) {
      Expect.error(r, ApiError.RETRIEVE_NO_PERMISSIONS);
    } else if (PermissionTable.grants(actor, row.read())) {
      Expect.job(r, 200, job);
    } else {
      Expect.error(r, ApiError.FORBIDDEN);
    }
  }

  @ParameterizedTest(name = "{0} creates a {1} job")
  @MethodSource("everyRoleAndType")
  void creatingAJobNeedsTheTypesCreatePermission(Actor actor, Row row) {
    Exchange r = send(post(JOBS).as(actor).json("{\"type\":\"" + row.type() + "\"}"));

    if (row.create() == null) {
      Expect.error(r, ApiError.CREATE_INCORRECT_TYPE);
    } else if (!PermissionTable.grants(actor, row.create())) {
      Expect.error(r, ApiError.FORBIDDEN);
    } else if (row.type().equals("cloud")) {
      Expect.error(r, ApiError.NO_WORKER);
    } else {
      assertThat(r.status()).as("%s", r).isEqualTo(201);
      assertThat(r.json().get("type").asText()).isEqualTo(row.type());
    }
    assertThat(api.jobCount()).isEqualTo(r.status() == 201 ? 1 : 0);
  }

  @ParameterizedTest(name = "{0} cancels a {1} job")
  @MethodSource("everyRoleAndType")
  void cancellingAJobNeedsTheTypesCreatePermission(Actor actor, Row row) {
    Job job = pending(row.type());

    Exchange r = send(post(cancel(job.id())).as(actor));

    if (row.create() == null) {
      Expect.error(r, ApiError.CREATE_INCORRECT_TYPE);
    } else if (PermissionTable.grants(actor, row.create())) {
      Expect.statusOk(r);
    } else {
      Expect.error(r, ApiError.FORBIDDEN);
    }
    assertThat(stored(job.id()).status()).isEqualTo(r.status() == 200 ? "canceled" : "pending");
  }

  @ParameterizedTest(name = "{0} changes the status of a {1} job")
  @MethodSource("everyRoleAndType")
  void changingAJobsStatusNeedsTheTypesManagePermission(Actor actor, Row row) {
    Job job = seed(row.type(), "in_progress");

    Exchange r = send(patch(status(job.id())).as(actor).json("{\"status\":\"pending\"}"));

    if (row.manage() == null) {
      Expect.error(r, ApiError.MANAGE_INCORRECT_TYPE);
    } else if (PermissionTable.grants(actor, row.manage())) {
      Expect.statusOk(r);
    } else {
      Expect.error(r, ApiError.FORBIDDEN);
    }
    assertThat(stored(job.id()).status()).isEqualTo(r.status() == 200 ? "pending" : "in_progress");
  }

  @ParameterizedTest(name = "reading a {0} job")
  @MethodSource("mappedOrNot")
  void theForbiddenReadNamesTheReadPermissionInDeveloperMode(Row row) {
    settings(Settings.DEFAULTS.withEnableDeveloper(true));
    Job job = pending(row.type());

    Exchange r = send(get(job(job.id())).as(Actor.USER));

    expectDenied(r, row.read(), ApiError.RETRIEVE_NO_PERMISSIONS);
  }

  @ParameterizedTest(name = "creating a {0} job")
  @MethodSource("mappedOrNot")
  void theForbiddenCreateNamesTheCreatePermissionInDeveloperMode(Row row) {
    settings(Settings.DEFAULTS.withEnableDeveloper(true));

    Exchange r = send(post(JOBS).as(Actor.USER).json("{\"type\":\"" + row.type() + "\"}"));

    expectDenied(r, row.create(), ApiError.CREATE_INCORRECT_TYPE);
  }

  @ParameterizedTest(name = "cancelling a {0} job")
  @MethodSource("mappedOrNot")
  void theForbiddenCancelNamesTheCreatePermissionInDeveloperMode(Row row) {
    settings(Settings.DEFAULTS.withEnableDeveloper(true));
    Job job = pending(row.type());

    expectDenied(send(post(cancel(job.id())).as(Actor.USER)), row.create(), ApiError.CREATE_INCORRECT_TYPE);
  }

  @ParameterizedTest(name = "changing the status of a {0} job")
  @MethodSource("mappedOrNot")
  void theForbiddenStatusChangeNamesTheManagePermissionInDeveloperMode(Row row) {
    settings(Settings.DEFAULTS.withEnableDeveloper(true));
    Job job = seed(row.type(), "in_progress");

    Exchange r = send(patch(status(job.id())).as(Actor.USER).json("{\"status\":\"pending\"}"));

    expectDenied(r, row.manage(), ApiError.MANAGE_INCORRECT_TYPE);
  }

  private static void expectDenied(Exchange r, String permission, ApiError unmapped) {
    if (permission == null) {
      Expect.errorWithDetail(r, unmapped, Pattern.compile(".*"));
    } else {
      Expect.errorWithDetail(r, ApiError.FORBIDDEN, Pattern.compile(USER_ID + Pattern.quote(permission)));
    }
  }
}
