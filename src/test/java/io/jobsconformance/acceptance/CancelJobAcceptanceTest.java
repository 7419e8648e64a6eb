package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CancelJobContract;

/** {@link CancelJobContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CancelJobAcceptanceTest extends CancelJobContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
