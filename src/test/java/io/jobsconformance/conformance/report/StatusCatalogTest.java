package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.conformance.spec.SpecValidator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The coverage matrix's rows: the spec's codes plus the table of undocumented ones, checked against each other. */
class StatusCatalogTest {
  private final StatusCatalog catalog = StatusCatalog.fromClasspath();

  private Map<String, String> rows() {
    return catalog.operations().stream().collect(Collectors.toMap(StatusCatalog.Operation::operationId,
        op -> op.rows().values().stream()
            .map(r -> r.status() + (r.documented() ? "" : "*"))
            .collect(Collectors.joining(" "))));
  }

  @Test
  void everyOperationHasItsDocumentedAndUndocumentedStatuses() {
    assertThat(rows()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "GetJobs", "200 400 401 403 404* 414* 500*",
        "CreateJob", "201 400 401 403 413* 414* 500*",
        "GetJob", "200 400 401 403 404 414* 500*",
        "DownloadJob", "200* 206* 304* 400 401 403 404 414* 416* 500* 501*",
        "CancelJob", "200 400 401 403 404 414* 500*",
        "GetJobsByType", "200 400 401 403 404* 414* 500*",
        "UpdateJobStatus", "200 400 401 403 404* 414* 500*"));
  }

  @Test
  void theRateLimitersStatusIsNotARow() {
    assertThat(catalog.operations()).allSatisfy(op -> assertThat(op.rows()).doesNotContainKey(429));
  }

  @Test
  void onlyTheTwoRouteMissesOfAnOperationsOwnPathAreAttributed() {
    assertThat(catalog.operations().stream().flatMap(op -> op.rows().values().stream())
        .filter(r -> r.routeMiss() != null).map(StatusCatalog.Row::routeMiss))
        .containsExactlyInAnyOrder("GET /api/v4/jobs/", "GET /api/v4/jobs/type/");
  }

  @Test
  void aRowForADocumentedCodeOrAnUnknownOperationIsRefused() {
    assertThatThrownBy(() -> StatusCatalog.parse(SpecValidator.readSpec(),
        "operations: {GetJob: {404: {reason: r, reference: x}}}", "t"))
        .hasMessageContaining("GetJob 404 is documented by the spec already");
    assertThatThrownBy(() -> StatusCatalog.parse(SpecValidator.readSpec(),
        "operations: {DeleteJob: {500: {reason: r, reference: x}}}", "t"))
        .hasMessageContaining("DeleteJob is not an operation of the spec");
    assertThatThrownBy(() -> StatusCatalog.parse(SpecValidator.readSpec(),
        "operations: {GetJob: {500: {reason: r}}}", "t"))
        .hasMessageContaining("needs a reason and a reference");
  }
}
