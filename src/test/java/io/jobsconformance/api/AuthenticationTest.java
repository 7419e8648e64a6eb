package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.AuthenticationContract;

/** {@link AuthenticationContract} against {@link Api4} in-process. */
class AuthenticationTest extends AuthenticationContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
