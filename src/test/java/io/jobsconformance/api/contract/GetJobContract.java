package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Actor.USER;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Job;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v4/jobs/{job_id}} (behaviour reference §1.2 and the Job JSON of §2.1): id format, lookup, read
 * mapping, permission, then the job encoded with {@code json.Encoder}.
 */
public abstract class GetJobContract extends JobsContract {

  @Test
  void aStoredJobComesBackWithItsNineFieldsInTheServersOrderAndATrailingNewline() {
    Job job =
        seed(
            Seed.job("data_retention")
                .status("in_progress")
                .priority(3)
                .createAt(1_700_000_000_123L)
                .startAt(1_700_000_000_200L)
                .lastActivityAt(1_700_000_000_300L)
                .progress(42)
                .data(Map.of("b", "2", "a", "1")));

    Exchange r = send(get(job(job.id())).as(ADMIN));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text())
        .isEqualTo(
            "{\"id\":\"" + job.id() + "\",\"type\":\"data_retention\",\"priority\":3,\"create_at\":1700000000123,"
                + "\"start_at\":1700000000200,\"last_activity_at\":1700000000300,\"status\":\"in_progress\","
                + "\"progress\":42,\"data\":{\"a\":\"1\",\"b\":\"2\"}}\n");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    Expect.serverHeaders(r, true);
  }

  @Test
  void aJobWithoutDataHasDataNull() {
    Job job = seed(Seed.job("migrations").status("pending").createAt(5));

    Exchange r = send(get(job(job.id())).as(ADMIN));

    assertThat(r.text()).endsWith(",\"progress\":0,\"data\":null}\n");
    Expect.job(r, 200, job);
  }

  @Test
  void anEmptyDataMapIsAnEmptyObjectNotNull() {
    Job job = seed(Seed.job("migrations").data(Map.of()));

    assertThat(send(get(job(job.id())).as(ADMIN)).text()).endsWith(",\"data\":{}}\n");
  }

  @Test
  void dataValuesAreEscapedTheWayGoEscapesThem() {
    Job job =
        seed(
            Seed.job("plugins")
                .data(Map.of("html", "<b>&</b>", "quote", "say \"hi\"\\", "lines", "a\nb\tc\u0001", "sep", "x\u2028y",
                    "text", "héllo ☃")));

    Exchange r = send(get(job(job.id())).as(ADMIN));

    assertThat(r.text())
        .contains(
            "\"data\":{\"html\":\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\",\"lines\":\"a\\nb\\tc\\u0001\","
                + "\"quote\":\"say \\\"hi\\\"\\\\\",\"sep\":\"x\\u2028y\",\"text\":\"héllo ☃\"}}\n");
    Expect.job(r, 200, job);
  }

  @Test
  void aJobStoredWithAnEmptyStatusZeroCreateAtAndNegativeProgressIsReturnedAsStored() {
    Job job = seed(Seed.job("migrations").status("").createAt(0).progress(-1).priority(-7));

    Expect.job(send(get(job(job.id())).as(ADMIN)), 200, job);
  }

  @Test
  void anUpperCaseIdIsAValidIdSoAnUnknownOneIsNotFound() {
    rejects(get(job("ABCDEFGHIJKLMNOPQRSTUVWXYZ")).as(ADMIN), ApiError.JOB_NOT_FOUND);
  }

  @Test
  void anUnknownIdIsNotFound() {
    rejects(get(job(Ids.newId())).as(ADMIN), ApiError.JOB_NOT_FOUND);
  }

  @Test
  void anUnknownIdIsNotFoundEvenForAUserWithNoPermissionBecauseTheLookupComesFirst() {
    rejects(get(job(Ids.newId())).as(USER), ApiError.JOB_NOT_FOUND);
  }

  @ParameterizedTest(name = "job_id \"{0}\"")
  @ValueSource(
      strings = {
        "abcdefghijklmnopqrstuvwxy", // 25 characters
        "abcdefghijklmnopqrstuvwxyz1", // 27 characters
        "a",
        "123456789012345678901234567890123456789012345678901234567890"
      })
  void anIdThatIsNot26CharactersIsAnInvalidUrlParameter(String id) {
    pending("migrations");
    rejects(get(job(id)).as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @Test
  void aPercentEncodedValidIdIsDecodedAndFound() {
    Job job = pending("migrations");
    StringBuilder encoded = new StringBuilder();
    for (char c : job.id().toCharArray()) {
      encoded.append('%').append(String.format("%02X", (int) c));
    }

    Expect.job(send(get(job(encoded.toString())).as(ADMIN)), 200, job);
  }

  @Test
  void aPercentEncoded25CharacterIdIsAnInvalidUrlParameter() {
    pending("migrations");
    rejects(get(job("%61" + "bcdefghijklmnopqrstuvwxy")).as(ADMIN), ApiError.invalidUrlParam("job_id"));
  }

  @ParameterizedTest(name = "stored type \"{0}\"")
  @ValueSource(
      strings = {"last_accessible_post", "last_accessible_file", "push_proxy_auth", "resend_invitation_email", "",
        "no_such_type"})
  void aJobWhoseTypeHasNoReadMappingIsABadRequestEvenForAnAdmin(String type) {
    Job job = seed(type, "pending");

    rejects(get(job(job.id())).as(ADMIN), ApiError.RETRIEVE_NO_PERMISSIONS);
  }

  @Test
  void aUserWithoutTheReadPermissionIsForbidden() {
    Job job = pending("data_retention");

    rejects(get(job(job.id())).as(USER), ApiError.FORBIDDEN);
  }
}
