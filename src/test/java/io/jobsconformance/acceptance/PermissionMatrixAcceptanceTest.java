package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.PermissionMatrixContract;

/** {@link PermissionMatrixContract} over HTTP against the WireMock mock, every response validated against the spec. */
class PermissionMatrixAcceptanceTest extends PermissionMatrixContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
