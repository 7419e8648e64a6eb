package io.jobsconformance.mock.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobsconformance.store.JobDataCodec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code model.StringMap} {@code Value}/{@code Scan} with Jackson: the map as a JSON object, {@code null} as JSON
 * {@code null}; on reading, only {@code null} or an object of strings is accepted, and the refusals carry the text
 * of Go's {@code json.Unmarshal} errors. A {@code null} member becomes {@code ""}, as Go's decoder stores the zero
 * value for it.
 */
public final class JacksonJobData implements JobDataCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String write(Map<String, String> data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string map always serialises", e);
    }
  }

  @Override
  public Map<String, String> read(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid character in the stored JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "json: cannot unmarshal " + kind(node) + " into Go value of type model.StringMap");
    }
    Map<String, String> data = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        data.put(field.getKey(), "");
      } else if (value.isTextual()) {
        data.put(field.getKey(), value.textValue());
      } else {
        throw new IllegalArgumentException(
            "json: cannot unmarshal " + kind(value) + " into Go struct field of type string (key \""
                + field.getKey() + "\")");
      }
    }
    return data;
  }

  /** Go's names for JSON value kinds, as in {@code UnmarshalTypeError}. */
  private static String kind(JsonNode node) {
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isObject()) {
      return "object";
    }
    return "string";
  }
}
