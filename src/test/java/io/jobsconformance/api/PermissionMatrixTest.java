package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.PermissionMatrixContract;

/** {@link PermissionMatrixContract} against {@link JobsApi} in-process. */
class PermissionMatrixTest extends PermissionMatrixContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
