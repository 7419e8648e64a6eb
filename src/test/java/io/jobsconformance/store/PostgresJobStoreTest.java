package io.jobsconformance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.mock.storage.JacksonJobData;
import io.jobsconformance.model.Job;
import io.jobsconformance.pg.TestPostgres;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract against PostgreSQL (the test JVM's embedded server), each test on a fresh schema; then what only
 * the SQL store has: the table as the migrations leave it, rows written by someone else, and the scan failures.
 */
class PostgresJobStoreTest extends JobStoreContractTest {
  private static final String DATABASE = "store_contract";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static PostgresDatabase database;
  private String schema;

  @BeforeAll
  static void connect() {
    TestPostgres.newDatabase(DATABASE);
    database = PostgresDatabase.open(DatabaseUrl.parse(TestPostgres.url(DATABASE)), new JacksonJobData());
  }

  @AfterAll
  static void disconnect() {
    database.close();
  }

  @Override
  protected JobStore createStore() {
    schema = "contract_" + SCHEMAS.incrementAndGet();
    return database.jobStore(schema);
  }

  @AfterEach
  void dropSchema() {
    database.dropSchema(schema);
  }

  private void sql(String statement) {
    TestPostgres.execute(DATABASE, statement.replace("JOBS", "\"" + schema + "\".jobs"));
  }

  @Test
  void theTableIsCreatedWithTheColumnsTypesAndIndexesTheMigrationsLeave() {
    store.count();
    List<String> columns = new java.util.ArrayList<>();
    try (var connection = TestPostgres.server().getDatabase("postgres", DATABASE).getConnection();
        var query =
            connection.prepareStatement(
                "SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = 'jobs' ORDER BY ordinal_position")) {
      query.setString(1, schema);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getObject(3) + " " + rows.getString(4));
        }
      }
      try (var indexes =
          connection.prepareStatement("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? ORDER BY 1")) {
        indexes.setString(1, schema);
        try (var rows = indexes.executeQuery()) {
          List<String> found = new java.util.ArrayList<>();
          while (rows.next()) {
            found.add(rows.getString(2).replace("\"" + schema + "\".", "").replace(schema + ".", ""));
          }
          assertThat(found)
              .containsExactly(
                  "CREATE INDEX idx_jobs_status_type ON jobs USING btree (status, type)",
                  "CREATE INDEX idx_jobs_type ON jobs USING btree (type)",
                  "CREATE UNIQUE INDEX jobs_pkey ON jobs USING btree (id)");
        }
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertThat(columns)
        .containsExactly(
            "id character varying 26 NO",
            "type character varying 32 YES",
            "priority bigint null YES",
            "createat bigint null YES",
            "startat bigint null YES",
            "lastactivityat bigint null YES",
            "status character varying 32 YES",
            "progress bigint null YES",
            "data jsonb null YES");
  }

  @Test
  void anExistingTableIsUsedAsItIsAndItsRowsAreServed() {
    sql("CREATE SCHEMA \"" + schema + "\"");
    sql("CREATE TABLE JOBS (id varchar(26) PRIMARY KEY, type varchar(32), priority bigint, createat bigint,"
        + " startat bigint, lastactivityat bigint, status varchar(32), progress bigint, data jsonb)");
    sql("INSERT INTO JOBS VALUES ('r1', 'message_export', 0, 5, 0, 0, 'success', 100,"
        + " '{\"is_downloadable\":\"true\"}')");

    assertThat(store.get("r1"))
        .isEqualTo(new Job("r1", "message_export", 0, 5, 0, 0, "success", 100, Map.of("is_downloadable", "true")));
    assertThat(store.getAllByTypePage("message_export", 0, 10)).extracting(Job::id).containsExactly("r1");
  }

  @Test
  void aRowInsertedByAnyoneIsServedAtOnceAndAnUpdateByAnyoneIsSeen() {
    store.save(job("mine", "plugins", 1, "pending"));

    sql("INSERT INTO JOBS VALUES ('theirs', 'plugins', 0, 2, 0, 0, 'pending', 0, 'null')");
    sql("UPDATE JOBS SET status = 'success' WHERE id = 'mine'");

    assertThat(store.getAllByTypePage("plugins", 0, 10))
        .extracting(Job::id, Job::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("theirs", "pending"),
            org.assertj.core.groups.Tuple.tuple("mine", "success"));
    assertThat(store.get("theirs").data()).isNull();
  }

  @Test
  void aNullMapIsWrittenAsJsonNullAndAnEmptyOneAsAnEmptyObject() {
    store.save(new Job("nil", "plugins", 0, 1, 0, 0, "pending", 0, null));
    store.save(new Job("empty", "plugins", 0, 1, 0, 0, "pending", 0, Map.of()));

    assertThat(storedData("nil")).isEqualTo("null");
    assertThat(storedData("empty")).isEqualTo("{}");
    assertThat(store.get("nil").data()).isNull();
    assertThat(store.get("empty").data()).isEmpty();
  }

  @Test
  void sqlNullDataReadsAsANullMap() {
    store.count(); // the store creates its table on first use
    sql("INSERT INTO JOBS VALUES ('n', 'plugins', 0, 1, 0, 0, 'pending', 0, NULL)");

    assertThat(store.get("n").data()).isNull();
  }

  @Test
  void aNullMemberOfDataReadsAsAnEmptyStringAsGoDecodesIt() {
    store.count(); // the store creates its table on first use
    sql("INSERT INTO JOBS VALUES ('n', 'plugins', 0, 1, 0, 0, 'pending', 0, '{\"a\": null, \"b\": \"x\"}')");

    assertThat(store.get("n").data()).containsExactly(Map.entry("a", ""), Map.entry("b", "x"));
  }

  @Test
  void aRowWithANonStringValueInDataFailsTheReadAndTheListThatHoldsIt() {
    store.save(job("good", "plugins", 2, "pending"));
    sql("INSERT INTO JOBS VALUES ('bad', 'plugins', 0, 1, 0, 0, 'pending', 0, '{\"count\": 3}')");

    assertThatThrownBy(() -> store.get("bad"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot unmarshal number");
    assertThatThrownBy(() -> store.getAllByTypePage("plugins", 0, 10)).isInstanceOf(StoreException.class);
    assertThat(store.get("good").id()).isEqualTo("good");
    assertThat(store.getAllByTypePage("plugins", 0, 1)).extracting(Job::id).containsExactly("good");
  }

  @Test
  void aNestedObjectOrAnArrayInDataFailsTheRead() {
    store.count(); // the store creates its table on first use
    sql("INSERT INTO JOBS VALUES ('nested', 'plugins', 0, 1, 0, 0, 'pending', 0, '{\"a\": {\"b\": \"c\"}}')");
    sql("INSERT INTO JOBS VALUES ('array', 'plugins', 0, 1, 0, 0, 'pending', 0, '[\"a\"]')");

    assertThatThrownBy(() -> store.get("nested")).isInstanceOf(StoreException.class).hasMessageContaining("object");
    assertThatThrownBy(() -> store.get("array")).isInstanceOf(StoreException.class).hasMessageContaining("array");
  }

  @Test
  void aSqlNullInAnotherColumnFailsTheReadAsGoCannotScanNullIntoAStringOrInt() {
    store.count(); // the store creates its table on first use
    sql("INSERT INTO JOBS (id, type, createat, status) VALUES ('sparse', 'plugins', 1, 'pending')");

    assertThatThrownBy(() -> store.get("sparse"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("name \"priority\": converting NULL to int64 is unsupported");
  }

  @Test
  void aDroppedTableIsCreatedAgainOnNextUse() {
    store.save(job("a", "plugins", 1, "pending"));
    database.dropSchema(schema);

    assertThatThrownBy(() -> store.get("a")).isInstanceOf(JobNotFoundException.class);
    store.save(job("b", "plugins", 1, "pending"));
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void theDefaultSchemaIsTheOneTheUrlNamesAndIsNeverDropped() {
    assertThat(database.defaultSchema()).isEqualTo("public");
    assertThatThrownBy(() -> database.dropSchema("public")).isInstanceOf(IllegalArgumentException.class);
  }

  private String storedData(String id) {
    try (var connection = TestPostgres.server().getDatabase("postgres", DATABASE).getConnection();
        var query = connection.prepareStatement("SELECT data::text FROM \"" + schema + "\".jobs WHERE id = ?")) {
      query.setString(1, id);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
