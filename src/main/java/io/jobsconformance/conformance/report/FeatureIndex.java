package io.jobsconformance.conformance.report;

import io.cucumber.messages.types.Comment;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the golden-list check needs from one parsed feature that pickles do not carry: the line of each scenario and
 * Examples row (to name a problem's place), and the tagged elements with their comments (to find a {@code @mock-only}
 * tag that nobody explained).
 */
final class FeatureIndex {
  /** A tagged element (feature, rule, scenario or Examples): its tags and the line of its keyword. */
  private record Tagged(List<Tag> tags, long keywordLine) {}

  private final Map<String, Long> lines = new HashMap<>();
  private final List<Tagged> tagged = new ArrayList<>();
  private final Set<Long> commentLines = new TreeSet<>();

  private FeatureIndex() {}

  static FeatureIndex of(GherkinDocument document) {
    FeatureIndex index = new FeatureIndex();
    for (Comment c : document.getComments()) {
      String text = c.getText().strip();
      if (text.startsWith("#") && !text.substring(1).isBlank()) {
        index.commentLines.add(c.getLocation().getLine());
      }
    }
    document.getFeature().ifPresent(index::add);
    return index;
  }

  /** The line of a pickle: its Examples row when it has one, else its scenario. */
  long line(Pickle pickle) {
    List<String> ids = pickle.getAstNodeIds();
    return lines.getOrDefault(ids.get(ids.size() - 1), lines.getOrDefault(ids.get(0), 0L));
  }

  /** {@code "<line>"} of every {@code @mock-only} tag with no {@code #} comment directly above its element. */
  List<String> mockOnlyTagsWithoutComment() {
    List<String> missing = new ArrayList<>();
    for (Tagged t : tagged) {
      for (Tag tag : t.tags()) {
        if (tag.getName().equals(GoldenListCheck.MOCK_ONLY) && !explained(t)) {
          missing.add(String.valueOf(tag.getLocation().getLine()));
        }
      }
    }
    return missing;
  }

  /** A comment on the line just above the first tag line, or among the tag lines, or just above the keyword. */
  private boolean explained(Tagged t) {
    long first = t.tags().stream().map(Tag::getLocation).mapToLong(Location::getLine).min().orElse(t.keywordLine());
    return commentLines.stream().anyMatch(line -> line >= first - 1 && line < t.keywordLine());
  }

  private void add(Feature feature) {
    tagged.add(new Tagged(feature.getTags(), feature.getLocation().getLine()));
    for (FeatureChild child : feature.getChildren()) {
      child.getScenario().ifPresent(this::add);
      child.getRule().ifPresent(rule -> {
        tagged.add(new Tagged(rule.getTags(), rule.getLocation().getLine()));
        rule.getChildren().stream().map(RuleChild::getScenario).flatMap(Optional::stream).forEach(this::add);
      });
    }
  }

  private void add(Scenario scenario) {
    lines.put(scenario.getId(), scenario.getLocation().getLine());
    tagged.add(new Tagged(scenario.getTags(), scenario.getLocation().getLine()));
    for (Examples examples : scenario.getExamples()) {
      tagged.add(new Tagged(examples.getTags(), examples.getLocation().getLine()));
      examples.getTableBody().forEach(row -> lines.put(row.getId(), row.getLocation().getLine()));
    }
  }
}
