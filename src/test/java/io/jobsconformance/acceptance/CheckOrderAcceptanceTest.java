package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CheckOrderContract;

/** {@link CheckOrderContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CheckOrderAcceptanceTest extends CheckOrderContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
