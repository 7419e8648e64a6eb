package io.jobsconformance.conformance.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.tagexpressions.TagExpressionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A tag expression prunes the Cucumber plan at discovery: what it does not select is not in the plan at all (so it is
 * neither run nor reported as skipped), and the launcher applies the same filter on its own when
 * {@code cucumber.filter.tags} is a system property, as under {@code mvn test -Dcucumber.filter.tags=...}.
 */
class ScenarioFilterTest {
  private static final String FEATURE = "features/get_job.feature";

  @AfterEach
  void clearProperty() {
    System.clearProperty(ScenarioFilter.TAGS_PROPERTY);
  }

  private static TestPlan discover(List<PostDiscoveryFilter> filters) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClasspathResource(FEATURE))
        .filters(EngineFilter.includeEngines("cucumber"))
        .configurationParameters(Map.of("cucumber.glue", "io.jobsconformance.conformance.steps"));
    filters.forEach(request::filters);
    return LauncherFactory.create().discover(request.build());
  }

  private static List<TestIdentifier> scenarios(TestPlan plan) {
    return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
        .filter(TestIdentifier::isTest).toList();
  }

  @Test
  void aRequirementTagLeavesOnlyItsScenariosInThePlan() {
    int all = scenarios(discover(List.of())).size();
    List<TestIdentifier> selected = scenarios(discover(List.of(ScenarioFilter.of("@JOBS-GET-001"))));

    assertThat(selected).isNotEmpty().hasSizeLessThan(all);
    assertThat(selected).allSatisfy(s -> assertThat(s.getTags()).contains(TestTag.create("JOBS-GET-001")));
  }

  @Test
  void notAndOrAreCucumbersOperators() {
    List<TestIdentifier> selected = scenarios(discover(List.of(ScenarioFilter.of("@JOBS-GET-001 and not @must"))));
    List<TestIdentifier> either = scenarios(discover(List.of(ScenarioFilter.of("@JOBS-GET-001 or @JOBS-GET-002"))));
    List<TestIdentifier> one = scenarios(discover(List.of(ScenarioFilter.of("@JOBS-GET-001"))));

    assertThat(selected).allSatisfy(s -> assertThat(s.getTags()).doesNotContain(TestTag.create("must")));
    assertThat(either.size()).isGreaterThan(one.size());
  }

  @Test
  void anExpressionThatSelectsNothingLeavesAnEmptyPlan() {
    assertThat(scenarios(discover(List.of(ScenarioFilter.of("@JOBS-NOPE-999"))))).isEmpty();
  }

  @Test
  void theLauncherAppliesTheSystemPropertyOnItsOwn() {
    System.setProperty(ScenarioFilter.TAGS_PROPERTY, "@JOBS-GET-001");
    List<TestIdentifier> selected = scenarios(discover(List.of()));

    assertThat(selected).isNotEmpty()
        .allSatisfy(s -> assertThat(s.getTags()).contains(TestTag.create("JOBS-GET-001")));
  }

  @Test
  void aBrokenSystemPropertyIsLeftToTheEngineAndABrokenExpressionIsRefused() {
    System.setProperty(ScenarioFilter.TAGS_PROPERTY, "@a and");
    assertThat(new ScenarioFilter().apply(new org.junit.platform.engine.support.descriptor.EngineDescriptor(
        org.junit.platform.engine.UniqueId.forEngine("cucumber"), "x")).included()).isTrue();
    assertThatThrownBy(() -> ScenarioFilter.of("@a and")).isInstanceOf(TagExpressionException.class);
  }
}
