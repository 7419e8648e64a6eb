package io.jobsconformance.conformance.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of places where the real server departs from the published spec, read from
 * {@code openapi/spec-departures.yaml}. The suite trusts this list to turn validator messages into excused departures,
 * so a mistake in it would silently hide real failures; the file is therefore checked as it is loaded (unique
 * kebab-case names, a title, reason and reference on every entry, rules exactly when observable, known message keys)
 * and any problem fails loudly with every defect named, instead of being skipped.
 */
public final class SpecDepartures {

  /** Where the list lives on the classpath, next to the spec it annotates. */
  public static final String RESOURCE = "openapi/spec-departures.yaml";

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern KEY = Pattern.compile("validation\\.response\\.[A-Za-z]+(\\.[A-Za-z]+)*");

  private record DepartureFile(List<Departure> departures) {}

  private final List<Departure> departures;

  private SpecDepartures(List<Departure> departures) {
    this.departures = List.copyOf(departures);
  }

  /** Loads and checks the list shipped with the suite. */
  public static SpecDepartures fromClasspath() {
    try (InputStream in = SpecDepartures.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Spec departures not found on the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** Parses and checks a departure list; {@code source} names it in error messages. */
  public static SpecDepartures parse(String yaml, String source) {
    DepartureFile file;
    try {
      file = YAML.readValue(yaml, DepartureFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("Invalid spec departures in " + source + ": " + e.getMessage(), e);
    }
    List<String> problems = file == null || file.departures() == null || file.departures().isEmpty()
        ? List.of("no departures listed")
        : problemsIn(file.departures());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid spec departures in " + source + ": " + String.join("; ", problems));
    }
    return new SpecDepartures(file.departures());
  }

  public List<Departure> all() {
    return departures;
  }

  public Optional<Departure> named(String name) {
    return departures.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The first departure, in file order, that excuses this validator message, if any. */
  public Optional<Departure> excuse(String operationId, int status, String key, String message) {
    return departures.stream().filter(d -> d.excuses(operationId, status, key, message)).findFirst();
  }

  private static List<String> problemsIn(List<Departure> departures) {
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Departure d : departures) {
      String id = d.name() == null ? "(unnamed)" : d.name();
      require(problems, d.name() != null && NAME.matcher(d.name()).matches(), id + ": name is not kebab-case");
      require(problems, names.add(id), id + ": duplicate name");
      require(problems, !isBlank(d.title()), id + ": empty title");
      require(problems, !isBlank(d.reason()), id + ": empty reason");
      require(problems, !isBlank(d.reference()), id + ": empty reference");
      if (d.observable() == null || d.match() == null) {
        problems.add(id + ": observable and match are both required");
        continue;
      }
      require(problems, d.observable() != d.match().isEmpty(), id + ": observable must be true exactly with rules");
      for (MatchRule rule : d.match()) {
        require(problems, !isBlank(rule.operation()), id + ": a rule has no operation");
        require(problems, rule.key() != null && KEY.matcher(rule.key()).matches(), id + ": unknown key " + rule.key());
        require(problems, rule.status() == null || (rule.status() >= 100 && rule.status() <= 599),
            id + ": " + rule.status() + " is not an HTTP status");
      }
    }
    return problems;
  }

  private static void require(List<String> problems, boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
