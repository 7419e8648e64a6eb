package io.jobsconformance.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/v4/jobs} decoded the way {@code json.NewDecoder(r.Body).Decode(&job)} decodes it into
 * a {@code model.Job}: field names match case-insensitively, a {@code null} value leaves a field alone, every field
 * must have its Go type (string, int64, or a string map for {@code data}) or the whole decode fails. Only {@code type}
 * and {@code data} are kept, because {@code _createJob} ignores the rest.
 */
record JobBody(GoDecoding.Outcome outcome, String type, Map<String, String> data) {
  private static final Set<String> STRING_FIELDS = Set.of("id", "type", "status");
  private static final Set<String> INT_FIELDS =
      Set.of("priority", "create_at", "start_at", "last_activity_at", "progress");

  static JobBody decode(byte[] body) {
    GoDecoding.Outcome scanned = GoDecoding.scan(body);
    if (scanned != GoDecoding.Outcome.VALUE) {
      return new JobBody(scanned, "", null);
    }
    try (JsonParser parser = GoDecoding.parser(body)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.VALUE_NULL) {
        return new JobBody(GoDecoding.Outcome.VALUE, "", null);
      }
      if (first != JsonToken.START_OBJECT) {
        return invalid();
      }
      return readObject(parser);
    } catch (IOException | TypeMismatch e) {
      return invalid();
    }
  }

  private static JobBody readObject(JsonParser parser) throws IOException {
    String type = "";
    Map<String, String> data = null;
    boolean typeError = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = canonical(parser.currentName());
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        if ("data".equals(field)) {
          data = null;
        }
        continue;
      }
      if ("data".equals(field)) {
        data = readData(parser, value, data);
      } else if (STRING_FIELDS.contains(field)) {
        typeError |= value != JsonToken.VALUE_STRING;
        if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
          type = validUtf16(parser.getText());
        }
      } else if (INT_FIELDS.contains(field)) {
        typeError |= !fitsInt64(parser, value);
      }
      parser.skipChildren();
    }
    // Go keeps decoding after a type mismatch and reports it at the end; the request fails either way.
    return typeError ? invalid() : new JobBody(GoDecoding.Outcome.VALUE, type, data);
  }

  /** Go decodes into the existing map, so a repeated {@code data} key adds to it. */
  private static Map<String, String> readData(
      JsonParser parser, JsonToken value, Map<String, String> existing) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw new TypeMismatch();
    }
    Map<String, String> data = existing == null ? new HashMap<>() : existing;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken entry = parser.nextToken();
      if (entry == JsonToken.VALUE_STRING) {
        data.put(validUtf16(key), validUtf16(parser.getText()));
      } else if (entry == JsonToken.VALUE_NULL) {
        data.put(validUtf16(key), "");
      } else {
        throw new TypeMismatch();
      }
    }
    return data;
  }

  private static boolean fitsInt64(JsonParser parser, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
  }

  /** Go's field matching: an exact name first, otherwise a case-insensitive one. */
  private static String canonical(String name) {
    for (String known : new String[] {"id", "type", "priority", "create_at", "start_at", "last_activity_at",
        "status", "progress", "data"}) {
      if (known.equalsIgnoreCase(name)) {
        return known;
      }
    }
    return name;
  }

  /** Go replaces an unpaired surrogate escape such as {@code "\\ud800"} with U+FFFD when it decodes a string. */
  static String validUtf16(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(s.substring(0, i));
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static JobBody invalid() {
    return new JobBody(GoDecoding.Outcome.INVALID, "", null);
  }

  /** A value of the wrong Go type inside {@code data}. */
  private static final class TypeMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
