package io.jobsconformance.store;

import java.util.Map;

/**
 * {@code model.StringMap}'s {@code Value} and {@code Scan} ({@code public/model/utils.go}): how a job's {@code data} is
 * written to and read from the {@code jobs.data} column as JSON. The store layer stays free of a JSON library, so the
 * codec is handed in.
 */
public interface JobDataCodec {

  /** {@code json.Marshal}: a {@code null} map is the JSON {@code null}, an empty one {@code {}}. */
  String write(Map<String, String> data);

  /**
   * {@code json.Unmarshal} into {@code map[string]string}: JSON {@code null} is a {@code null} map; anything but an object
   * of string values (a number, a boolean, a nested object, an array) throws {@link IllegalArgumentException} with the
   * reason, as the real scan fails.
   */
  Map<String, String> read(String json);
}
