package io.jobsconformance.api.contract;

import static io.jobsconformance.api.contract.Actor.ADMIN;
import static io.jobsconformance.api.contract.Call.get;
import static io.jobsconformance.api.contract.Call.patch;
import static io.jobsconformance.api.contract.Call.post;
import static io.jobsconformance.api.contract.JobsPaths.JOBS;
import static io.jobsconformance.api.contract.JobsPaths.byType;
import static io.jobsconformance.api.contract.JobsPaths.cancel;
import static io.jobsconformance.api.contract.JobsPaths.download;
import static io.jobsconformance.api.contract.JobsPaths.job;
import static io.jobsconformance.api.contract.JobsPaths.status;

import io.jobsconformance.app.Settings;
import io.jobsconformance.model.Job;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a database error looks like (behaviour reference §1.1 item 11, §1.3 step 4c, §1.4 step 6, §1.5 step 4): the
 * store fails, each endpoint answers its 500 with its own id, nothing changes, and the server recovers as soon as the
 * store does.
 */
public abstract class StoreFailureContract extends JobsContract {

  private static Arguments failing(String name, Function<Job, Call> call, ApiError expected) {
    return Arguments.of(name, call, expected);
  }

  static Stream<Arguments> endpoints() {
    return Stream.of(
        failing("get a job", j -> get(job(j.id())).as(ADMIN), ApiError.JOB_GET_FAILED),
        failing("list jobs", j -> get(JOBS).as(ADMIN), ApiError.JOBS_GET_FAILED),
        failing("list jobs by status", j -> get(JOBS + "?status=pending").as(ADMIN), ApiError.JOBS_GET_FAILED),
        failing("list jobs with an invalid status", j -> get(JOBS + "?status=bogus").as(ADMIN),
            ApiError.JOBS_GET_FAILED),
        failing("list jobs by type", j -> get(byType("data_retention")).as(ADMIN), ApiError.JOBS_GET_FAILED),
        failing("create a job", j -> post(JOBS).as(ADMIN).json("{\"type\":\"data_retention\"}"),
            ApiError.JOB_SAVE_FAILED),
        failing("cancel a job", j -> post(cancel(j.id())).as(ADMIN), ApiError.JOB_GET_FAILED),
        failing("change a job's status", j -> patch(status(j.id())).as(ADMIN).json("{\"status\":\"canceled\"}"),
            ApiError.JOB_GET_FAILED),
        failing("download a job", j -> get(download(j.id())).as(ADMIN), ApiError.JOB_GET_FAILED));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("endpoints")
  void aStoreErrorIsAServerErrorWithTheEndpointsIdAndChangesNothing(
      String name, Function<Job, Call> call, ApiError expected) {
    Job job = seed(Seed.job("data_retention").data(Map.of("is_downloadable", "true")));
    Snapshot before = snapshot();
    settings(Settings.DEFAULTS.withDownloadExportResults(true).withStoreFailure(true));

    Exchange r = send(call.apply(job));

    Expect.error(r, expected);
    settings(Settings.DEFAULTS);
    assertUnchangedAndServing(before);
  }
}
