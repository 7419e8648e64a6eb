package io.jobsconformance.cli;

import io.cucumber.tagexpressions.TagExpressionException;
import io.jobsconformance.conformance.report.Requirement;
import io.jobsconformance.conformance.report.RequirementsFile;
import io.jobsconformance.conformance.selection.ScenarioFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.launcher.PostDiscoveryFilter;
import picocli.CommandLine;

/**
 * What {@code run} hands to the engine: the feature files to parse ({@code --feature}, else every packaged one) and
 * the tag expression that prunes scenarios before they run ({@code --tags} and {@code --requirement}, joined with
 * {@code and}). Only the named feature files are parsed. A feature is a file on disk (so a QA engineer can run the
 * copy being edited) or one packaged in the jar, by its name ({@code get_job.feature}) or path
 * ({@code features/get_job.feature}), optionally with {@code :LINE} to pick the scenario or Examples row there.
 *
 * @param features the discovery selectors
 * @param tags the combined tag expression, or null for every scenario
 */
record SuiteSelection(List<DiscoverySelector> features, String tags) {
  private static final String PACKAGE = "features";
  private static final Pattern WITH_LINE = Pattern.compile("(.+):(\\d+)");

  SuiteSelection {
    features = List.copyOf(features);
  }

  /** The selection of the options; a usage error for an unknown requirement or feature or a broken expression. */
  static SuiteSelection of(CommandLine commandLine, String tags, List<String> requirements, List<String> features) {
    List<String> parts = new ArrayList<>();
    if (tags != null && !tags.isBlank()) {
      parts.add(tags);
    }
    if (!requirements.isEmpty()) {
      parts.add(requirementTags(commandLine, requirements));
    }
    String combined = parts.isEmpty() ? null
        : parts.size() == 1 ? parts.get(0) : parts.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" and "));
    if (combined != null) {
      try {
        ScenarioFilter.of(combined);
      } catch (TagExpressionException e) {
        throw new CommandLine.ParameterException(commandLine, "--tags '" + tags + "' is not a tag expression: "
            + e.getMessage());
      }
    }
    List<DiscoverySelector> selectors = features.isEmpty()
        ? List.of(DiscoverySelectors.selectPackage(PACKAGE))
        : features.stream().map(f -> feature(commandLine, f)).toList();
    return new SuiteSelection(selectors, combined);
  }

  /** The filter that prunes the plan, if anything is filtered. */
  Optional<PostDiscoveryFilter> filter() {
    return Optional.ofNullable(tags).map(ScenarioFilter::of);
  }

  /** {@code @JOBS-GET-001 or @JOBS-GET-002}, after checking each id against the packaged golden list. */
  private static String requirementTags(CommandLine commandLine, List<String> requirements) {
    Set<String> known = RequirementsFile.fromClasspath().all().stream().map(Requirement::id)
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> tags = new ArrayList<>();
    for (String given : requirements) {
      String id = given.strip().replaceFirst("^@", "");
      if (!known.contains(id)) {
        throw new CommandLine.ParameterException(commandLine, "--requirement " + given + " is not in "
            + RequirementsFile.LOCATION + " (ids look like " + known.iterator().next() + ")");
      }
      tags.add("@" + id);
    }
    return String.join(" or ", tags);
  }

  private static DiscoverySelector feature(CommandLine commandLine, String given) {
    Matcher m = WITH_LINE.matcher(given);
    String name = m.matches() ? m.group(1) : given;
    Optional<FilePosition> line = m.matches() ? Optional.of(FilePosition.from(Integer.parseInt(m.group(2))))
        : Optional.empty();
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return line.map(l -> DiscoverySelectors.selectFile(file.toFile(), l))
          .orElseGet(() -> DiscoverySelectors.selectFile(file.toFile()));
    }
    String resource = name.startsWith(PACKAGE + "/") ? name : PACKAGE + "/" + name;
    if (!resource.endsWith(".feature") || SuiteSelection.class.getClassLoader().getResource(resource) == null) {
      throw new CommandLine.ParameterException(commandLine, "--feature " + given
          + ": no such file, and the jar has no " + resource);
    }
    return line.map(l -> DiscoverySelectors.selectClasspathResource(resource, l))
        .orElseGet(() -> DiscoverySelectors.selectClasspathResource(resource));
  }
}
