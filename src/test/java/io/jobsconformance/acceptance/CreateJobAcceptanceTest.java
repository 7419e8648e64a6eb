package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CreateJobContract;

/** {@link CreateJobContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CreateJobAcceptanceTest extends CreateJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
