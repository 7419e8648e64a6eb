package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way the features and the golden list can disagree, proved on a fixture under {@code golden-list/}. */
class GoldenListCheckTest {
  private static final RequirementsFile REQUIREMENTS =
      RequirementsFile.parse(fixture("requirements.yaml"), "golden-list/requirements.yaml");

  private static List<String> problems(String... features) {
    return GoldenListCheck.problems(REQUIREMENTS,
        Arrays.stream(features).map(f -> new FeatureText("features/" + f, fixture(f))).toList());
  }

  @Test
  void featuresThatCoverEveryRequirementWithTheRightTagsPass() {
    assertThat(problems("valid.feature")).isEmpty();
  }

  @Test
  void noFeaturesAndAnEmptyListPass() {
    assertThat(GoldenListCheck.problems(RequirementsFile.parse("requirements: []", "empty"), List.of())).isEmpty();
  }

  @Test
  void aScenarioWithoutARequirementTagFails() {
    assertThat(problems("valid.feature", "no-requirement-tag.feature"))
        .containsExactly("features/no-requirement-tag.feature:3 (A scenario that names no requirement): "
            + "no @JOBS-<AREA>-<NNN> requirement tag");
  }

  @Test
  void aRequirementTagOfTheWrongFormFails() {
    assertThat(problems("valid.feature", "malformed-requirement-tag.feature"))
        .anyMatch(p -> p.contains("@JOBS-cancel-1 is not of the form @JOBS-<AREA>-<NNN>"))
        .anyMatch(p -> p.contains("no @JOBS-<AREA>-<NNN> requirement tag"));
  }

  @Test
  void aScenarioNeedsExactlyOneLevelTag() {
    assertThat(problems("valid.feature", "no-level-tag.feature"))
        .containsExactly("features/no-level-tag.feature:3 (A scenario with neither must nor should): "
            + "needs exactly one of @must / @should, has none");
    assertThat(problems("valid.feature", "two-level-tags.feature"))
        .containsExactly("features/two-level-tags.feature:4 (A scenario that inherits must and says should): "
            + "needs exactly one of @must / @should, has @must @should");
  }

  @Test
  void aTagWhoseIdIsNotInTheListFails() {
    assertThat(problems("valid.feature", "unknown-requirement.feature"))
        .containsExactly("features/unknown-requirement.feature:3 (A scenario whose requirement is not in the list): "
            + "@JOBS-CANCEL-999 is not in features/requirements.yaml");
  }

  @Test
  void aRequirementWithoutAScenarioFails() {
    assertThat(problems("level-mismatch.feature"))
        .contains("features/requirements.yaml: JOBS-CANCEL-001 has no scenario tagged @JOBS-CANCEL-001");
  }

  @Test
  void aLevelTagThatDisagreesWithTheRequirementFails() {
    assertThat(problems("valid.feature", "level-mismatch.feature"))
        .containsExactly("features/level-mismatch.feature:3 (A SHOULD requirement tagged must): "
            + "tagged @must but JOBS-CANCEL-002 is a SHOULD requirement");
  }

  @Test
  void aMockOnlyTagWithoutACommentFailsOnAScenarioAndOnAnExamplesBlock() {
    assertThat(problems("valid.feature", "mock-only-without-comment.feature"))
        .containsExactly(
            "features/mock-only-without-comment.feature:3: @mock-only needs a # comment saying why, directly above "
                + "the tag line or the Examples block",
            "features/mock-only-without-comment.feature:15: @mock-only needs a # comment saying why, directly above "
                + "the tag line or the Examples block");
  }

  @Test
  void aFeatureThatDoesNotParseIsAProblem() {
    assertThat(problems("valid.feature", "unparsable.feature"))
        .anyMatch(p -> p.startsWith("features/unparsable.feature: does not parse"));
  }

  static String fixture(String name) {
    try (InputStream in = GoldenListCheckTest.class.getResourceAsStream("/golden-list/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
