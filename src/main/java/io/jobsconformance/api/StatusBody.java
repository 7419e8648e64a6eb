package io.jobsconformance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The body of {@code PATCH /jobs/{id}/status} as {@code model.StringInterfaceFromJSON} reads it: the decode error is
 * ignored, so bad syntax (or a body past the size limit) gives an empty map, while a value Go cannot hold (a number
 * beyond float64) only loses that value and keeps the rest. The only outcomes are "status is a string" or not;
 * {@code force} counts only when it is the JSON literal {@code true}.
 */
record StatusBody(String status, boolean force) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static StatusBody decode(byte[] body) {
    if (GoDecoding.scan(body) != GoDecoding.Outcome.VALUE) {
      return new StatusBody(null, false);
    }
    try (var parser = GoDecoding.parser(body)) {
      JsonNode props = MAPPER.readTree(parser);
      if (props == null || !props.isObject()) {
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
}
