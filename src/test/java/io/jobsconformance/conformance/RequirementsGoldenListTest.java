package io.jobsconformance.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.conformance.report.FeatureText;
import io.jobsconformance.conformance.report.GoldenListCheck;
import io.jobsconformance.conformance.report.RequirementsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The golden list and the features agree in both directions (STYLE.md 9): every scenario names a requirement of
 * {@code features/requirements.yaml} with its level, every requirement has a scenario, and every {@code @mock-only}
 * tag says why. A scenario added or a requirement dropped without the other fails here, with every disagreement
 * listed. The check's own failure modes are proved on fixtures in {@code GoldenListCheckTest}.
 */
class RequirementsGoldenListTest {
  @Test
  void theFeaturesAndTheGoldenListAgree() {
    RequirementsFile requirements = RequirementsFile.load(Path.of(RequirementsFile.LOCATION));
    assertThat(GoldenListCheck.problems(requirements, FeatureText.under(Path.of("features"))))
        .as("disagreements between features/ and features/requirements.yaml")
        .isEmpty();
  }
}
