package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.CookieAuthenticationContract;

/** {@link CookieAuthenticationContract} against {@link Api4} in-process. */
class CookieAuthenticationTest extends CookieAuthenticationContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
