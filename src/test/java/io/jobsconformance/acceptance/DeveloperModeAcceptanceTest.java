package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DeveloperModeContract;

/** {@link DeveloperModeContract} over HTTP against the WireMock mock, every response validated against the spec. */
class DeveloperModeAcceptanceTest extends DeveloperModeContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
