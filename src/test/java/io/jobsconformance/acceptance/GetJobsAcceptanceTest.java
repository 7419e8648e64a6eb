package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobsContract;

/** {@link GetJobsContract} over HTTP against the WireMock mock, every response validated against the spec. */
class GetJobsAcceptanceTest extends GetJobsContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
