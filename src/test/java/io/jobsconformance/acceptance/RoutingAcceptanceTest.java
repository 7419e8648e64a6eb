package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.RoutingContract;

/** {@link RoutingContract} over HTTP against the WireMock mock, every response validated against the spec. */
class RoutingAcceptanceTest extends RoutingContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
