package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.GetJobsByTypeContract;

/** {@link GetJobsByTypeContract} over HTTP against the WireMock mock, every response validated against the spec. */
class GetJobsByTypeAcceptanceTest extends GetJobsByTypeContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
