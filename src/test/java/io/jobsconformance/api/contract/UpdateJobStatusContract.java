package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.JobsPaths.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PATCH /api/v4/jobs/{job_id}/status} (behaviour reference §1.8 and §3): the body's {@code status} is checked
 * before the lookup, then the manage mapping and permission, then {@code IsValidStatusChange} unless {@code force},
 * then {@code App.UpdateJobStatus}, which knows only pending, cancel_requested and canceled.
 */
public abstract class UpdateJobStatusContract extends JobsContract {
  private static final List<String> CURRENT =
      List.of("pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning", "");
  private static final List<String> REQUESTED =
      List.of("pending", "in_progress", "success", "error", "cancel_requested", "canceled", "warning", "foo");

  /** The §3.2 tables: the resulting status, or the error. */
  static Outcome expected(String current, String requested, boolean force) {
    if (!force) {
      return switch (current + " -> " + requested) {
        case "pending -> cancel_requested" -> Outcome.ok("canceled");
        case "in_progress -> pending" -> Outcome.ok("pending");
        case "in_progress -> cancel_requested" -> Outcome.ok("cancel_requested");
        case "cancel_requested -> canceled" -> Outcome.ok("canceled");
        default -> Outcome.error(ApiError.STATUS_INVALID);
      };
    }
    return switch (requested) {
      case "pending", "canceled" -> Outcome.ok(requested);
      case "cancel_requested" -> switch (current) {
        case "pending" -> Outcome.ok("canceled");
        case "in_progress" -> Outcome.ok("cancel_requested");
        default -> Outcome.error(ApiError.NOT_CANCELABLE);
      };
      default -> Outcome.error(ApiError.UPDATE_STATUS_FAILED);
    };
  }

  /** 200 with the job's resulting status, or an error that leaves it alone. */
  record Outcome(String status, ApiError error) {
    static Outcome ok(String status) {
      return new Outcome(status, null);
    }

    static Outcome error(ApiError error) {
      return new Outcome(null, error);
    }

    @Override
    public String toString() {
      return error == null ? "200, job becomes \"" + status + "\"" : error.toString();
    }
  }

  static Stream<Arguments> everyChange() {
    return Stream.of(false, true)
        .flatMap(force -> CURRENT.stream()
            .flatMap(current -> REQUESTED.stream()
                .map(requested -> Arguments.of(current, requested, force, expected(current, requested, force)))));
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\" force={2}: {3}")
  @MethodSource("everyChange")
  void eachStatusChangeHasTheServersOutcome(String current, String requested, boolean force, Outcome outcome) {
    Job job = seed(Seed.job("data_retention").status(current).lastActivityAt(1));
    String body = "{\"status\":\"" + requested + "\"" + (force ? ",\"force\":true" : "") + "}";
    long before = System.currentTimeMillis();

    if (outcome.error() != null) {
      rejects(patch(status(job.id())).as(ADMIN).json(body), outcome.error());
      return;
    }
    Exchange r = send(patch(status(job.id())).as(ADMIN).json(body));

    Expect.statusOk(r);
    Job after = stored(job.id());
    assertThat(after.status()).isEqualTo(outcome.status());
    assertThat(after.lastActivityAt()).isBetween(before, System.currentTimeMillis());
    assertThat(after.withStatus(job.status(), job.lastActivityAt())).isEqualTo(job);
  }

  @Test
  void aSuccessfulChangeAnswersStatusOkWithTheCommonHeaders() {
    Job job = seed("ldap_sync", "in_progress");

    Exchange r = send(patch(status(job.id())).as(ADMIN).json("{\"status\":\"pending\"}"));

    Expect.statusOk(r);
    Expect.serverHeaders(r, false);
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(
      strings = {"", "   ", "{", "{}", "null", "[]", "[{\"status\":\"pending\"}]", "\"pending\"", "{\"status\":5}",
        "{\"status\":null}", "{\"status\":true}", "{\"status\":[\"pending\"]}", "{\"Status\":\"pending\"}",
        "{\"STATUS\":\"pending\"}", "{\"force\":true}", "{\"status\":\"pending\"" })
  void aStatusThatIsNotAStringIsAnInvalidBodyParameter(String body) {
    Job job = seed("data_retention", "in_progress");

    rejects(patch(status(job.id())).as(ADMIN).json(body), ApiError.invalidBodyParam("status"));
  }

  @Test
  void theBodyIsCheckedBeforeTheLookupSoAnUnknownJobWithABadBodyIsABadRequest() {
    rejects(patch(status(Ids.newId())).as(ADMIN).json("{}"), ApiError.invalidBodyParam("status"));
  }

  @Test
  void aBodyOverTheSizeLimitDecodesToNothingAndIsAnInvalidBodyParameter() {
    Job job = seed("data_retention", "in_progress");
    String body = "{\"status\":\"pending\",\"pad\":\"" + "x".repeat(CreateSupport.BODY_LIMIT) + "\"}";

    rejects(patch(status(job.id())).as(ADMIN).json(body), ApiError.invalidBodyParam("status"));
  }

  @ParameterizedTest(name = "force {0}")
  @ValueSource(strings = {"\"true\"", "1", "null", "{}", "\"yes\"", "1e999"})
  void aForceThatIsNotABooleanCountsAsFalse(String force) {
    Job job = seed("data_retention", "success");

    rejects(patch(status(job.id())).as(ADMIN).json("{\"status\":\"canceled\",\"force\":" + force + "}"),
        ApiError.STATUS_INVALID);
  }

  @Test
  void aNumberGoCannotHoldLosesOnlyItsOwnValueAndTheStatusStillApplies() {
    // StringInterfaceFromJSON ignores Decode's error: the float64 overflow drops "n", the map keeps "status".
    Job job = seed("data_retention", "in_progress");

    Expect.statusOk(send(patch(status(job.id())).as(ADMIN).json("{\"n\":1e999,\"status\":\"pending\"}")));
    assertThat(stored(job.id()).status()).isEqualTo("pending");
  }

  @Test
  void forceFalseIsNotForce() {
    Job job = seed("data_retention", "success");

    rejects(patch(status(job.id())).as(ADMIN).json("{\"status\":\"pending\",\"force\":false}"),
        ApiError.STATUS_INVALID);
  }

  @Test
  void anUnknownJobIsNotFound() {
    rejects(patch(status(Ids.newId())).as(ADMIN).json("{\"status\":\"canceled\"}"), ApiError.JOB_NOT_FOUND);
  }

  @ParameterizedTest(name = "stored type \"{0}\"")
  @ValueSource(strings = {"mobile_session_metadata", "last_accessible_post", "", "bogus"})
  void aTypeWithoutManageMappingIsABadRequest(String type) {
    Job job = seed(type, "in_progress");

    rejects(patch(status(job.id())).as(ADMIN).json("{\"status\":\"pending\"}"), ApiError.MANAGE_INCORRECT_TYPE);
  }

  @Test
  void aCallerWithoutTheManagePermissionIsForbidden() {
    Job job = seed("data_retention", "in_progress");

    rejects(patch(status(job.id())).as(Actor.READ_ONLY_ADMIN).json("{\"status\":\"pending\"}"), ApiError.FORBIDDEN);
  }

  @Test
  void aSystemManagerManagesElasticsearchJobs() {
    Job job = seed("elasticsearch_post_indexing", "in_progress");

    Expect.statusOk(send(patch(status(job.id())).as(Actor.MANAGER).json("{\"status\":\"cancel_requested\"}")));
    assertThat(stored(job.id()).status()).isEqualTo("cancel_requested");
  }

  @Test
  void anInvalidIdIsAnInvalidUrlParameterEvenWithABadBody() {
    rejects(patch(status("tooshort")).as(ADMIN).json("{"), ApiError.invalidUrlParam("job_id"));
  }
}
