package io.jobsconformance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;

/**
 * The body of {@code PATCH /jobs/{id}/status} as {@code model.StringInterfaceFromJSON} reads it: any decode failure
 * (including a body past the size limit) silently gives an empty map, so the only outcomes are "status is a string"
 * or not. {@code force} counts only when it is the JSON literal {@code true}.
 */
record StatusBody(String status, boolean force) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static StatusBody decode(byte[] body) {
    if (GoDecoding.scan(body) != GoDecoding.Outcome.VALUE) {
      return new StatusBody(null, false);
    }
    try (var parser = GoDecoding.parser(body)) {
      JsonNode props = MAPPER.readTree(parser);
      if (props == null || !props.isObject() || !numbersFitFloat64(props)) {
        return new StatusBody(null, false);
      }
      JsonNode status = props.get("status");
      JsonNode force = props.get("force");
      return new StatusBody(
          status != null && status.isTextual() ? status.textValue() : null,
          force != null && force.isBoolean() && force.booleanValue());
    } catch (IOException e) {
      return new StatusBody(null, false);
    }
  }

  /** Go decodes numbers into float64; one out of its range fails the whole decode. */
  private static boolean numbersFitFloat64(JsonNode node) {
    if (node.isNumber()) {
      return Double.isFinite(node.doubleValue());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      if (!numbersFitFloat64(it.next())) {
        return false;
      }
    }
    return true;
  }
}
