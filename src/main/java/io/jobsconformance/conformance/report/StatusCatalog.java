package io.jobsconformance.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.jobsconformance.conformance.spec.SpecValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statuses each operation can answer with: the ones the published spec documents, read from
 * {@code openapi/jobs-api.yaml}, plus the ones the real server gives without documenting them, read from the one
 * explicit table {@code conformance/undocumented-statuses.yaml}. Kept as data rather than code so that the coverage
 * matrix's rows can be reviewed against the behaviour reference line by line, and so that a row the table invents
 * for an operation the spec lacks, or one that duplicates a documented code, fails at once.
 */
public final class StatusCatalog {
  /** The table of undocumented statuses on the classpath. */
  public static final String UNDOCUMENTED = "conformance/undocumented-statuses.yaml";

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** One row of the matrix: a status an operation can give, and why when the spec does not say so. */
  public record Row(int status, boolean documented, String reason, String reference, String routeMiss) {}

  /** One operation of the spec, with its rows by status. */
  public record Operation(String operationId, String method, String path, Map<Integer, Row> rows) {}

  private final List<Operation> operations;

  private StatusCatalog(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /** The spec and the table shipped with the suite. */
  public static StatusCatalog fromClasspath() {
    return parse(SpecValidator.readSpec(), read(UNDOCUMENTED), UNDOCUMENTED);
  }

  /** Builds the catalog from a spec and a table; {@code source} names the table in error messages. */
  public static StatusCatalog parse(String spec, String undocumentedYaml, String source) {
    List<Operation> operations = new ArrayList<>();
    try {
      JsonNode paths = YAML.readTree(spec).path("paths");
      JsonNode table = YAML.readTree(undocumentedYaml).path("operations");
      for (Map.Entry<String, JsonNode> path : paths.properties()) {
        for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
          if (METHODS.contains(method.getKey())) {
            operations.add(operation(path.getKey(), method.getKey(), method.getValue(), table, source));
          }
        }
      }
      List<String> known = operations.stream().map(Operation::operationId).toList();
      table.fieldNames().forEachRemaining(id -> {
        if (!known.contains(id)) {
          throw new IllegalStateException(source + ": " + id + " is not an operation of the spec");
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException("Cannot parse " + source + " or the spec: " + e.getMessage(), e);
    }
    return new StatusCatalog(operations);
  }

  /** In spec order. */
  public List<Operation> operations() {
    return operations;
  }

  private static Operation operation(String path, String method, JsonNode op, JsonNode table, String source) {
    String id = op.path("operationId").asText();
    Map<Integer, Row> rows = new TreeMap<>();
    op.path("responses").fieldNames().forEachRemaining(code -> {
      if (code.matches("[1-5][0-9][0-9]")) {
        rows.put(Integer.valueOf(code), new Row(Integer.parseInt(code), true, null, null, null));
      }
    });
    table.path(id).properties().forEach(e -> {
      int status = Integer.parseInt(e.getKey());
      JsonNode row = e.getValue();
      String reason = row.path("reason").asText("").trim();
      String reference = row.path("reference").asText("").trim();
      if (rows.containsKey(status)) {
        throw new IllegalStateException(source + ": " + id + " " + status + " is documented by the spec already");
      }
      if (reason.isEmpty() || reference.isEmpty()) {
        throw new IllegalStateException(source + ": " + id + " " + status + " needs a reason and a reference");
      }
      String routeMiss = row.hasNonNull("route_miss") ? row.get("route_miss").asText() : null;
      rows.put(status, new Row(status, false, reason, reference, routeMiss));
    });
    return new Operation(id, method.toUpperCase(Locale.ROOT), path, rows);
  }

  private static String read(String resource) {
    try (InputStream in = StatusCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Not found on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
