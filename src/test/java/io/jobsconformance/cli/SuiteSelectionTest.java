package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import picocli.CommandLine;

/** {@code run}'s --tags, --requirement and --feature become one tag expression and the features to parse. */
class SuiteSelectionTest {
  private final CommandLine commandLine = new CommandLine(new RunCommand());

  @Test
  void withoutOptionsEveryPackagedFeatureIsParsedAndNothingIsFiltered() {
    SuiteSelection selection = SuiteSelection.of(commandLine, null, List.of(), List.of());

    assertThat(selection.tags()).isNull();
    assertThat(selection.filter()).isEmpty();
    assertThat(selection.features()).singleElement().isInstanceOf(PackageSelector.class);
  }

  @Test
  void requirementsBecomeAnOrOfTheirTagsAndAreJoinedToTheTagsWithAnd() {
    assertThat(SuiteSelection.of(commandLine, null, List.of("JOBS-GET-001", "@JOBS-GET-002"), List.of()).tags())
        .isEqualTo("@JOBS-GET-001 or @JOBS-GET-002");
    assertThat(SuiteSelection.of(commandLine, "@must", List.of("JOBS-GET-001"), List.of()).tags())
        .isEqualTo("(@must) and (@JOBS-GET-001)");
  }

  @Test
  void anUnknownRequirementOrABrokenExpressionIsAUsageError() {
    assertThatThrownBy(() -> SuiteSelection.of(commandLine, null, List.of("JOBS-NOPE-999"), List.of()))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--requirement JOBS-NOPE-999 is not in features/requirements.yaml");
    assertThatThrownBy(() -> SuiteSelection.of(commandLine, "@a and", List.of(), List.of()))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--tags '@a and' is not a tag expression");
  }

  @Test
  void aPackagedFeatureIsFoundByNameWithAnOptionalLine() {
    SuiteSelection selection = SuiteSelection.of(
        commandLine, null, List.of(), List.of("get_job.feature", "cancel_job.feature:12"));

    assertThat(selection.features()).hasSize(2).allSatisfy(s -> assertThat(s).isInstanceOf(ClasspathResourceSelector.class));
    ClasspathResourceSelector withLine = (ClasspathResourceSelector) selection.features().get(1);
    assertThat(withLine.getClasspathResourceName()).isEqualTo("features/cancel_job.feature");
    assertThat(withLine.getPosition()).hasValueSatisfying(p -> assertThat(p.getLine()).isEqualTo(12));
  }

  @Test
  void aFeatureOnDiskIsSelectedAsAFileAndAMissingOneIsAUsageError(@TempDir Path dir) throws IOException {
    Path feature = Files.writeString(dir.resolve("mine.feature"), "Feature: mine\n");

    assertThat(SuiteSelection.of(commandLine, null, List.of(), List.of(feature.toString())).features())
        .singleElement().isInstanceOf(FileSelector.class);
    assertThatThrownBy(() -> SuiteSelection.of(commandLine, null, List.of(), List.of("nope.feature")))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--feature nope.feature: no such file, and the jar has no features/nope.feature");
  }
}
