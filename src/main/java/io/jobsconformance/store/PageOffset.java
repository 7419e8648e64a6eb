package io.jobsconformance.store;

/** The one offset rule every store shares, so the memory and the PostgreSQL store fail the same way. */
final class PageOffset {
  private PageOffset() {}

  static void check(long offset) {
    if (offset < 0) {
      // The SQL store hands Postgres uint64(offset); a negative Go int becomes a number past bigint and the
      // query fails (job_store.go GetAllByTypesPage, Offset(uint64(offset))).
      throw new StoreException("OFFSET " + Long.toUnsignedString(offset) + " is out of range for type bigint");
    }
  }
}
