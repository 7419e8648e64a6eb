package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.PermissionMatrixContract;

/** {@link PermissionMatrixContract} against {@link Api4} in-process. */
class PermissionMatrixTest extends PermissionMatrixContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
