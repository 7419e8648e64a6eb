package io.jobsconformance.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.jobsconformance.model.AppError;
import io.jobsconformance.model.Job;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON exactly as Go's {@code encoding/json} writes the server's values: struct fields in declaration order, map keys
 * sorted, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped as {@code \\u003c}-style lower-case escapes,
 * {@code omitempty} honoured for {@code request_id} and {@code status_code}.
 */
public final class GoJson {
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new GoEscapes());
  private static final byte[] STATUS_OK = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);
  // Field names written as pre-encoded bytes: with custom escapes, plain names are re-checked on every write, which
  // was a third of the cost of a list page.
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString PRIORITY = new SerializedString("priority");
  private static final SerializedString CREATE_AT = new SerializedString("create_at");
  private static final SerializedString START_AT = new SerializedString("start_at");
  private static final SerializedString LAST_ACTIVITY_AT = new SerializedString("last_activity_at");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString PROGRESS = new SerializedString("progress");
  private static final SerializedString DATA = new SerializedString("data");
  /** Roughly one job's JSON, so the output buffer rarely has to grow. */
  private static final int BYTES_PER_JOB = 256;

  private GoJson() {}

  /** {@code json.NewEncoder(w).Encode(job)}: note the trailing newline. */
  public static byte[] encodeJob(Job job) {
    return write(g -> writeJob(g, job), true, BYTES_PER_JOB);
  }

  /** {@code json.Marshal(jobs)}: no trailing newline; a nil slice is {@code null}. */
  public static byte[] marshalJobs(List<Job> jobs) {
    return write(
        g -> {
          g.writeStartArray();
          for (Job job : jobs) {
            writeJob(g, job);
          }
          g.writeEndArray();
        },
        false,
        16 + BYTES_PER_JOB * jobs.size());
  }

  public static byte[] nullBody() {
    return NULL.clone();
  }

  /** {@code web.ReturnStatusOK}: {@code model.StatusOk} is upper-case "OK". */
  public static byte[] statusOk() {
    return STATUS_OK.clone();
  }

  /** {@code AppError.ToJSON}. */
  public static byte[] marshalError(AppError error) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("id", error.id());
          g.writeStringField("message", error.message());
          g.writeStringField("detailed_error", error.detailedError());
          if (!error.requestId().isEmpty()) {
            g.writeStringField("request_id", error.requestId());
          }
          if (error.statusCode() != 0) {
            g.writeNumberField("status_code", error.statusCode());
          }
          g.writeEndObject();
        },
        false,
        256);
  }

  private static void writeJob(JsonGenerator g, Job job) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(job.id());
    g.writeFieldName(TYPE);
    g.writeString(job.type());
    g.writeFieldName(PRIORITY);
    g.writeNumber(job.priority());
    g.writeFieldName(CREATE_AT);
    g.writeNumber(job.createAt());
    g.writeFieldName(START_AT);
    g.writeNumber(job.startAt());
    g.writeFieldName(LAST_ACTIVITY_AT);
    g.writeNumber(job.lastActivityAt());
    g.writeFieldName(STATUS);
    g.writeString(job.status());
    g.writeFieldName(PROGRESS);
    g.writeNumber(job.progress());
    g.writeFieldName(DATA);
    if (job.data() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      for (Map.Entry<String, String> entry : job.data().entrySet()) {
        g.writeStringField(entry.getKey(), entry.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private interface Body {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private static byte[] write(Body body, boolean trailingNewline, int expectedSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(expectedSize);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      body.writeTo(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (trailingNewline) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** Go's string escaping: HTML-safe, lower-case hex, and {@code \\b \\f \\n \\r \\t} short forms. */
  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    GoEscapes() {
      for (int c = 0; c < 0x20; c++) {
        ascii[c] = ESCAPE_CUSTOM;
      }
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '\b' -> new SerializedString("\\b");
        case '\f' -> new SerializedString("\\f");
        case '\n' -> new SerializedString("\\n");
        case '\r' -> new SerializedString("\\r");
        case '\t' -> new SerializedString("\\t");
        case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
        default -> ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
      };
    }
  }
}
