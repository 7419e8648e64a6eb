package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobContract;

/** {@link GetJobContract} over HTTP against the WireMock mock, every response validated against the spec. */
class GetJobAcceptanceTest extends GetJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
