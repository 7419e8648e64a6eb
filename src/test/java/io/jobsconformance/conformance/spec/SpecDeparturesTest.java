package io.jobsconformance.conformance.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The departure list is trusted to excuse validator messages, so it must be complete (every row of the behaviour
 * reference's §6), well-formed, and refuse to load when it is not.
 */
class SpecDeparturesTest {

  private static final Pattern SECTION_6_ROW = Pattern.compile("§6 row (\\d+)");

  private final SpecDepartures departures = SpecDepartures.fromClasspath();

  @Test
  void theShippedListLoadsWithUniqueNames() {
    List<String> names = departures.all().stream().map(Departure::name).toList();

    assertThat(names).hasSize(27).doesNotHaveDuplicates();
    assertThat(names).contains(
        "download-200-undocumented", "download-501-undocumented", "get-jobs-empty-list-null",
        "job-priority-undocumented", "app-error-detailed-error-undocumented", "request-body-too-large-413");
  }

  @Test
  void everyRowOfSection6IsListed() {
    Set<Integer> rows = departures.all().stream()
        .map(d -> SECTION_6_ROW.matcher(d.reference()))
        .filter(Matcher::find)
        .map(m -> Integer.parseInt(m.group(1)))
        .collect(Collectors.toSet());

    assertThat(rows).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 19).boxed().toList());
  }

  @Test
  void unobservableRowsHaveNoRules() {
    assertThat(departures.all().stream().filter(d -> !d.observable()).map(Departure::name)).containsExactlyInAnyOrder(
        "permissions-per-job-type", "get-jobs-per-page-default-60", "jobs-by-type-path-param-job-type",
        "get-jobs-job-type-must-be-known", "update-status-pending-cancel-becomes-canceled", "status-ok-upper-case",
        "auth-beyond-bearer", "response-headers-undocumented", "newer-spec-renderings-not-in-code");
    assertThat(departures.all()).allSatisfy(d -> assertThat(d.match().isEmpty()).isEqualTo(!d.observable()));
  }

  @Test
  void everyRuleNamesAnOperationOfTheSpec() {
    Set<String> operationIds = new OpenAPIV3Parser().readContents(SpecValidator.readSpec()).getOpenAPI().getPaths()
        .values().stream()
        .flatMap(path -> path.readOperations().stream())
        .map(Operation::getOperationId)
        .collect(Collectors.toSet());

    Set<String> named = departures.all().stream()
        .flatMap(d -> d.match().stream())
        .map(MatchRule::operation)
        .filter(op -> !op.equals(MatchRule.ANY_OPERATION))
        .collect(Collectors.toSet());

    assertThat(operationIds).hasSize(7);
    assertThat(named).isSubsetOf(operationIds);
  }

  @Test
  void theFirstMatchingDepartureExcusesAMessage() {
    assertThat(departures.excuse("DownloadJob", 501, "validation.response.status.unknown", "any"))
        .map(Departure::name).contains("download-501-undocumented");
    assertThat(departures.excuse("GetJob", 501, "validation.response.status.unknown", "any")).isEmpty();
    assertThat(departures.excuse("CreateJob", 413, "validation.response.status.unknown", "any"))
        .map(Departure::name).contains("request-body-too-large-413");
  }

  @Test
  void aDuplicateNameIsRejected() {
    String twice = entry("same-name") + entry("same-name");

    assertThatThrownBy(() -> SpecDepartures.parse("departures:\n" + twice, "test.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("same-name: duplicate name");
  }

  @Test
  void everyDefectIsNamedAtOnce() {
    String bad = """
        departures:
          - name: Not_Kebab
            title: t
            reason: " "
            reference: r
            observable: false
            match:
              - operation: GetJob
                status: 999
                key: status.unknown
        """;

    assertThatThrownBy(() -> SpecDepartures.parse(bad, "bad.yaml")).hasMessageContainingAll(
        "Not_Kebab: name is not kebab-case", "Not_Kebab: empty reason",
        "Not_Kebab: observable must be true exactly with rules", "Not_Kebab: unknown key status.unknown",
        "Not_Kebab: 999 is not an HTTP status");
  }

  @Test
  void anUnknownFieldOrBadRegexIsRejected() {
    assertThatThrownBy(() -> SpecDepartures.parse("departures:\n" + entry("x") + "    colour: red\n", "f.yaml"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("colour");
    String badRegex = entry("y").replace("observable: false\n    match: []", "observable: true\n    match:\n"
        + "      - operation: GetJob\n        key: validation.response.status.unknown\n        message: '('");
    assertThatThrownBy(() -> SpecDepartures.parse("departures:\n" + badRegex, "f.yaml"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEmptyListIsRejected() {
    assertThatThrownBy(() -> SpecDepartures.parse("departures: []", "empty.yaml"))
        .hasMessageContaining("no departures listed");
  }

  private static String entry(String name) {
    return "  - name: " + name + "\n    title: t\n    reason: r\n    reference: ref\n"
        + "    observable: false\n    match: []\n";
  }
}
