package io.jobsconformance.conformance.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The golden-list check, in both directions (STYLE.md 9): every scenario names a known requirement and exactly one
 * level tag that agrees with it, every requirement has a scenario, and every {@code @mock-only} tag is explained by a
 * {@code #} comment. It parses features with Cucumber's own Gherkin parser and works on pickles (one per scenario
 * or Examples row, tags inherited), so it sees exactly what a run would. Lives in main code so the packaged runner
 * can apply it to the features in the jar as well.
 */
public final class GoldenListCheck {
  static final String MUST = "@must";
  static final String SHOULD = "@should";
  static final String MOCK_ONLY = "@mock-only";

  private GoldenListCheck() {}

  /** Every disagreement between the features and the list, one line each; empty when they agree. */
  public static List<String> problems(RequirementsFile requirements, List<FeatureText> features) {
    Set<String> problems = new LinkedHashSet<>();
    Set<String> covered = new TreeSet<>();
    GherkinParser parser =
        GherkinParser.builder().includeSource(false).includeGherkinDocument(true).includePickles(true).build();
    for (FeatureText feature : features) {
      FeatureIndex index = null;
      List<Pickle> pickles = new ArrayList<>();
      for (Envelope e : parser.parse(feature.name(), feature.text().getBytes(StandardCharsets.UTF_8)).toList()) {
        e.getParseError().ifPresent(err -> problems.add(feature.name() + ": does not parse: " + err.getMessage()));
        Optional<GherkinDocument> doc = e.getGherkinDocument();
        if (doc.isPresent()) {
          index = FeatureIndex.of(doc.get());
        }
        e.getPickle().ifPresent(pickles::add);
      }
      for (Pickle pickle : pickles) {
        check(feature.name(), index, pickle, requirements, problems, covered);
      }
      if (index != null) {
        for (String missing : index.mockOnlyTagsWithoutComment()) {
          problems.add(feature.name() + ":" + missing
              + ": @mock-only needs a # comment saying why, directly above the tag line or the Examples block");
        }
      }
    }
    for (Requirement r : requirements.all()) {
      if (!covered.contains(r.id())) {
        problems.add(RequirementsFile.LOCATION + ": " + r.id() + " has no scenario tagged @" + r.id());
      }
    }
    return List.copyOf(problems);
  }

  private static void check(String file, FeatureIndex index, Pickle pickle, RequirementsFile requirements,
      Set<String> problems, Set<String> covered) {
    String where = file + ":" + (index == null ? "?" : index.line(pickle)) + " (" + pickle.getName() + ")";
    Set<String> tags = new LinkedHashSet<>();
    pickle.getTags().stream().map(PickleTag::getName).forEach(tags::add);
    List<String> ids = new ArrayList<>();
    for (String tag : tags) {
      if (tag.startsWith("@JOBS-") || tag.startsWith("@jobs-")) {
        String id = tag.substring(1);
        if (!RequirementsFile.ID.matcher(id).matches()) {
          problems.add(where + ": " + tag + " is not of the form @JOBS-<AREA>-<NNN>");
        } else {
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      problems.add(where + ": no @JOBS-<AREA>-<NNN> requirement tag");
    }
    List<String> levels = tags.stream().filter(t -> t.equals(MUST) || t.equals(SHOULD)).toList();
    if (levels.size() != 1) {
      problems.add(where + ": needs exactly one of @must / @should, has "
          + (levels.isEmpty() ? "none" : String.join(" ", levels)));
    }
    for (String id : ids) {
      Optional<Requirement> requirement = requirements.byId(id);
      if (requirement.isEmpty()) {
        problems.add(where + ": @" + id + " is not in " + RequirementsFile.LOCATION);
        continue;
      }
      covered.add(id);
      if (levels.size() == 1 && !levels.get(0).equals(requirement.get().level().tag())) {
        problems.add(where + ": tagged " + levels.get(0) + " but " + id + " is a " + requirement.get().level()
            + " requirement");
      }
    }
  }
}
