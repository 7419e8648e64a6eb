package io.jobsconformance.mock.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobsconformance.app.AdminException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A control-plane request body, read strictly: one JSON object, no duplicate or unknown fields, and every field of
 * the type its route expects. Each refusal is an {@link AdminException} (400) that names the field and what was
 * wrong, because the person reading it is writing a test. Uses this project's Jackson, never WireMock's {@code Json},
 * so it also runs inside a stock WireMock standalone jar, whose Jackson is relocated.
 */
public final class JsonInput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final JsonNode object;

  private JsonInput(JsonNode object) {
    this.object = object;
  }

  /** Parses {@code body} as one JSON object whose field names are all in {@code known}. */
  public static JsonInput object(byte[] body, Set<String> known) {
    JsonNode node;
    try {
      node = body == null || body.length == 0 ? null : MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw AdminException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw AdminException.badRequest("the request body could not be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw AdminException.badRequest("the request body is empty; expected a JSON object with fields " + known);
    }
    return new JsonInput(node).requireObject("the request body", known);
  }

  private JsonInput requireObject(String what, Set<String> known) {
    if (!object.isObject()) {
      throw AdminException.badRequest(what + " must be a JSON object, got " + describe(object));
    }
    Set<String> unknown = new TreeSet<>();
    object.fieldNames().forEachRemaining(unknown::add);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw AdminException.badRequest(
          "unknown field" + (unknown.size() == 1 ? " " : "s ") + unknown + " in " + what + "; known fields: "
              + new TreeSet<>(known));
    }
    return this;
  }

  public boolean has(String field) {
    return object.has(field);
  }

  /** A string field, or null when absent; JSON null counts as absent. */
  public String string(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return value.textValue();
  }

  public String requiredString(String field) {
    return required(field, string(field), "a string");
  }

  /** An integer field that fits in 64 bits, or null when absent; 1.0, "1" and true are refused. */
  public Long integer(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(field, "an integer between -2^63 and 2^63-1", value);
    }
    return value.longValue();
  }

  public long requiredInteger(String field) {
    return required(field, integer(field), "an integer");
  }

  public Boolean bool(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw wrongType(field, "true or false", value);
    }
    return value.booleanValue();
  }

  public List<String> stringList(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      throw wrongType(field, "an array of strings", value);
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw wrongType(field + "[" + items.size() + "]", "a string", item);
      }
      items.add(item.textValue());
    }
    return items;
  }

  /** An array of JSON objects, each with field names from {@code known}; null when absent. */
  public List<JsonInput> objectList(String field, Set<String> known) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      throw wrongType(field, "an array of objects", value);
    }
    List<JsonInput> items = new ArrayList<>();
    for (JsonNode item : value) {
      items.add(new JsonInput(item).requireObject("\"" + field + "\"[" + items.size() + "]", known));
    }
    return items;
  }

  /** An object of string values, as Go's {@code map[string]string}; JSON null gives null. */
  public Map<String, String> stringMap(String field) {
    JsonNode value = present(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object of string values, or null", value);
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getValue().isTextual()) {
        throw wrongType(field + "." + entry.getKey(), "a string (job data is map[string]string)", entry.getValue());
      }
      map.put(entry.getKey(), entry.getValue().textValue());
    }
    return map;
  }

  private JsonNode present(String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private static <T> T required(String field, T value, String type) {
    if (value == null) {
      throw AdminException.badRequest("missing required field \"" + field + "\" (" + type + ")");
    }
    return value;
  }

  private static AdminException wrongType(String field, String expected, JsonNode actual) {
    return AdminException.badRequest("\"" + field + "\" must be " + expected + ", got " + describe(actual));
  }

  private static String describe(JsonNode node) {
    String text = node.toString();
    String shown = text.length() <= 60 ? text : text.substring(0, 60) + "...";
    return shown + " (" + node.getNodeType().name().toLowerCase(Locale.ROOT) + ")";
  }
}
