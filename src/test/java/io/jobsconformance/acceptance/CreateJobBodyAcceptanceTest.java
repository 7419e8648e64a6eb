package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CreateJobBodyContract;

/** {@link CreateJobBodyContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CreateJobBodyAcceptanceTest extends CreateJobBodyContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
