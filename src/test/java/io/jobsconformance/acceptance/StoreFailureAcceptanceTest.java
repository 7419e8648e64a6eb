package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.StoreFailureContract;

/** {@link StoreFailureContract} over HTTP against the WireMock mock, every response validated against the spec. */
class StoreFailureAcceptanceTest extends StoreFailureContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
