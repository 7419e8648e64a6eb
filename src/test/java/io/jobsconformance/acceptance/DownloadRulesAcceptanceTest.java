package io.jobsconformance.acceptance;

import io.jobsconformance.api.contract.ApiDriver;
import io.jobsconformance.api.contract.DownloadRulesContract;

/** {@link DownloadRulesContract} over HTTP against the WireMock mock, every response validated against the spec. */
class DownloadRulesAcceptanceTest extends DownloadRulesContract {
  @Override
  protected ApiDriver newDriver() {
    return new HttpDriver();
  }
}
