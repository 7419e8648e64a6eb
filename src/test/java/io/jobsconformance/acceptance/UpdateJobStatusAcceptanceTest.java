package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.UpdateJobStatusContract;

/** {@link UpdateJobStatusContract} over HTTP against the WireMock mock, every response validated against the spec. */
class UpdateJobStatusAcceptanceTest extends UpdateJobStatusContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
