package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.AuthenticationContract;

/** {@link AuthenticationContract} over HTTP against the WireMock mock, every response validated against the spec. */
class AuthenticationAcceptanceTest extends AuthenticationContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
