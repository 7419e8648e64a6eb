package io.jobsconformance.api;

/**
 * Paging parameters as {@code web/params.go} reads them: {@code page} that is not a number or is negative becomes 0;
 * {@code per_page} that is not a number or is negative becomes 60, above 200 becomes 200, and 0 stays 0.
 */
public record Params(long page, int perPage) {
  static final int PER_PAGE_DEFAULT = 60;
  static final int PER_PAGE_MAXIMUM = 200;

  public static Params fromQuery(GoQuery query) {
    Long page = atoi(query.get("page"));
    Long perPage = atoi(query.get("per_page"));
    long pageValue = page == null || page < 0 ? 0 : page;
    int perPageValue;
    if (perPage == null || perPage < 0) {
      perPageValue = PER_PAGE_DEFAULT;
    } else {
      perPageValue = (int) Math.min(perPage, PER_PAGE_MAXIMUM);
    }
    return new Params(pageValue, perPageValue);
  }

  /** {@code strconv.Atoi} on a 64-bit platform: optional sign, ASCII digits only, int64 range; null on error. */
  static Long atoi(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    if (s.length() == start) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }
}
