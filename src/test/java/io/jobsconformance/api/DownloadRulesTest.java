package io.jobsconformance.api;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DownloadRulesContract;

/** {@link DownloadRulesContract} against {@link Api4} in-process. */
class DownloadRulesTest extends DownloadRulesContract {
  @Override
  protected ApiDriver newDriver() {
    return new InProcessDriver();
  }
}
