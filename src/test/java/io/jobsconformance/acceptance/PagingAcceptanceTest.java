package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.PagingContract;

/** {@link PagingContract} over HTTP against the WireMock mock, every response validated against the spec. */
class PagingAcceptanceTest extends PagingContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
