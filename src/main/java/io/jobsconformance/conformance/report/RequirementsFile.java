package io.jobsconformance.conformance.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The golden list of requirements, {@code features/requirements.yaml}: {@code requirements:} followed by a list of
 * {@code {id, title, level, text, source}}. Both the conformance summary and the golden-list check trust it, so it is
 * validated as it is loaded (id format {@code JOBS-<AREA>-<NNN>}, unique ids, MUST or SHOULD, no blank field, no
 * unknown field) and every defect is named at once rather than one per run.
 */
public final class RequirementsFile {
  /** Where the list lives, in the source tree and (the same path) on the jar's classpath. */
  public static final String LOCATION = "features/requirements.yaml";

  /** The id format; also the form of a scenario's requirement tag without its {@code @}. */
  public static final Pattern ID = Pattern.compile("JOBS-[A-Z][A-Z0-9]*-[0-9]{3}");

  private static final ObjectMapper YAML =
      new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private record FileContent(List<Requirement> requirements) {}

  private final List<Requirement> requirements;

  /** An empty list, for a summary whose real list could not be read. */
  public static RequirementsFile empty() {
    return new RequirementsFile(List.of());
  }

  private RequirementsFile(List<Requirement> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  /** Reads the list from a file. */
  public static RequirementsFile load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the requirements list " + file, e);
    }
  }

  /** Reads the list packaged in the jar ({@code features/requirements.yaml} on the classpath). */
  public static RequirementsFile fromClasspath() {
    try (InputStream in = RequirementsFile.class.getClassLoader().getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("The requirements list is not on the classpath: " + LOCATION);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath:" + LOCATION, e);
    }
  }

  /**
   * The list a run uses: {@code location} when given ({@code classpath:...} or a file path), else
   * {@code features/requirements.yaml} in the working directory when it exists (a source checkout), else the
   * packaged copy.
   */
  public static RequirementsFile locate(String location) {
    if (location != null && location.startsWith("classpath:")) {
      return fromClasspath();
    }
    Path file = Path.of(location == null ? LOCATION : location);
    return location != null || Files.isRegularFile(file) ? load(file) : fromClasspath();
  }

  /** Parses and checks a list; {@code source} names it in error messages. */
  public static RequirementsFile parse(String yaml, String source) {
    FileContent content;
    try {
      JsonNode root = YAML.readTree(yaml);
      if (root == null || !root.isObject() || !root.has("requirements")) {
        throw new IllegalStateException(
            "Invalid requirements list " + source + ": it needs a top-level 'requirements:' list (may be empty)");
      }
      content = YAML.treeToValue(root, FileContent.class);
    } catch (IOException e) {
      throw new IllegalStateException("Invalid requirements list " + source + ": " + e.getMessage(), e);
    }
    // "requirements:" with nothing after it yet is an empty list, not an error.
    List<Requirement> entries = content.requirements() == null ? List.of() : content.requirements();
    List<String> problems = problemsIn(entries);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid requirements list " + source + ": " + String.join("; ", problems));
    }
    return new RequirementsFile(entries);
  }

  /** In file order. */
  public List<Requirement> all() {
    return requirements;
  }

  public Optional<Requirement> byId(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static List<String> problemsIn(List<Requirement> requirements) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (Requirement r : requirements) {
      index++;
      if (r == null) {
        problems.add("entry " + index + " is empty");
        continue;
      }
      String name = r.id() == null ? "entry " + index : r.id();
      if (r.id() == null || !ID.matcher(r.id()).matches()) {
        problems.add(name + ": id is not of the form JOBS-<AREA>-<NNN>");
      } else if (!ids.add(r.id())) {
        problems.add(name + ": duplicate id");
      }
      if (r.level() == null) {
        problems.add(name + ": level must be MUST or SHOULD");
      }
      blank(problems, name, "title", r.title());
      blank(problems, name, "text", r.text());
      blank(problems, name, "source", r.source());
    }
    return problems;
  }

  private static void blank(List<String> problems, String name, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(name + ": empty " + field);
    }
  }
}
