package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CookieAuthenticationContract;

/** {@link CookieAuthenticationContract} over HTTP against the WireMock mock, every response validated against the spec. */
class CookieAuthenticationAcceptanceTest extends CookieAuthenticationContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
