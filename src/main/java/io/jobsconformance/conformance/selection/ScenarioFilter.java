package io.jobsconformance.conformance.selection;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.List;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Removes the scenarios a Cucumber tag expression does not select from the test plan, before anything runs. The
 * Cucumber JUnit Platform engine (7.34.2) applies {@code cucumber.filter.tags} only at execution time
 * ({@code PickleDescriptor.shouldBeSkipped}): every scenario reaches the engine and the ones left out are reported as
 * <em>skipped</em>, so a run of one requirement counted 1475 skips that nobody asked for. A post-discovery filter
 * prunes them instead; the engine's own check then passes for every scenario that is left, and the conformance
 * summary lists the requirements without a scenario as "not run".
 *
 * <p>The launcher finds this class through {@code META-INF/services}, so {@code mvn test
 * -Dcucumber.filter.tags=...} prunes as {@code run --tags} does; its no-argument constructor reads that system
 * property. An expression that does not parse is left to the engine, which fails the run with Cucumber's message.
 */
public final class ScenarioFilter implements PostDiscoveryFilter {
  public static final String TAGS_PROPERTY = "cucumber.filter.tags";
  private static final String ENGINE = "cucumber";

  private final String source;
  private final Expression expression;

  /** The filter of {@value #TAGS_PROPERTY}, or one that keeps everything when it is unset or does not parse. */
  public ScenarioFilter() {
    this(parseOrNull(System.getProperty(TAGS_PROPERTY)), System.getProperty(TAGS_PROPERTY));
  }

  private ScenarioFilter(Expression expression, String source) {
    this.expression = expression;
    this.source = source;
  }

  /** A filter of {@code tagExpression}; throws {@link TagExpressionException} when it does not parse. */
  public static ScenarioFilter of(String tagExpression) {
    return new ScenarioFilter(TagExpressionParser.parse(tagExpression), tagExpression);
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (expression == null || !descriptor.isTest() || !ranByCucumber(descriptor.getUniqueId())) {
      return FilterResult.included(null);
    }
    // The engine gives a pickle's tags (scenario, rule and feature tags, inherited) as JUnit tags without the '@'.
    List<String> tags = descriptor.getTags().stream().map(tag -> "@" + tag.getName()).toList();
    return expression.evaluate(tags)
        ? FilterResult.included(null)
        : FilterResult.excluded(TAGS_PROPERTY + "=" + source + " does not select it");
  }

  /** A Cucumber scenario, also when the engine runs inside a {@code @Suite} (as RunCucumberTest under Maven). */
  private static boolean ranByCucumber(UniqueId id) {
    return id.getSegments().stream().anyMatch(s -> s.getType().equals("engine") && s.getValue().equals(ENGINE));
  }

  private static Expression parseOrNull(String tagExpression) {
    if (tagExpression == null || tagExpression.isBlank()) {
      return null;
    }
    try {
      return TagExpressionParser.parse(tagExpression);
    } catch (TagExpressionException e) {
      return null;
    }
  }
}
