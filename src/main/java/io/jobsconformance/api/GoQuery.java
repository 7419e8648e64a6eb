package io.jobsconformance.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code url.ParseQuery} as {@code r.URL.Query()} uses it: pairs split on {@code &}, {@code +} is a space, and a pair
 * with a semicolon or a bad percent escape is dropped (the error is ignored by {@code Query()}).
 */
public final class GoQuery {
  private final Map<String, List<String>> values;

  private GoQuery(Map<String, List<String>> values) {
    this.values = values;
  }

  public static GoQuery parse(String rawQuery) {
    Map<String, List<String>> values = new HashMap<>();
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty() || pair.contains(";")) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = unescape(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
      if (key != null && value != null) {
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return new GoQuery(values);
  }

  /** {@code Values.Get}: the first value, or "" when absent. */
  public String get(String key) {
    List<String> list = values.get(key);
    return list == null ? "" : list.get(0);
  }

  /** {@code url.QueryUnescape}; null for a malformed escape. */
  static String unescape(String s) {
    return Percent.decode(s, true);
  }
}
