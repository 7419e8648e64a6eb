package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code Job} value (reference §2.1): free-string type and status, Go zero values instead of nulls for strings,
 * {@code data} either {@code null} or an immutable map in key order, and copies for every change.
 */
class JobTest {

  @Test
  void nullIdTypeAndStatusBecomeEmptyStringsAsGoZeroValues() {
    Job job = new Job(null, null, 0, 0, 0, 0, null, 0, null);

    assertThat(job.id()).isEmpty();
    assertThat(job.type()).isEmpty();
    assertThat(job.status()).isEmpty();
  }

  @Test
  void nullDataStaysNullSoItSerialisesAsJsonNull() {
    Job job = new Job("id", "data_retention", 0, 1, 0, 0, "pending", 0, null);

    assertThat(job.data()).isNull();
    assertThat(job.dataValue("anything")).isNull();
  }

  @Test
  void anEmptyDataMapStaysAnEmptyMapRatherThanNull() {
    Job job = new Job("id", "data_retention", 0, 1, 0, 0, "pending", 0, Map.of());

    assertThat(job.data()).isNotNull().isEmpty();
  }

  @Test
  void dataIsCopiedSoLaterChangesToTheCallersMapDoNotLeakIn() {
    Map<String, String> callers = new HashMap<>();
    callers.put("policy_id", "p1");
    Job job = new Job("id", "access_control_sync", 0, 1, 0, 0, "pending", 0, callers);

    callers.put("policy_id", "changed");
    callers.put("extra", "x");

    assertThat(job.data()).containsExactly(Map.entry("policy_id", "p1"));
  }

  @Test
  void dataCannotBeModifiedThroughTheJob() {
    Job job = new Job("id", "message_export", 0, 1, 0, 0, "pending", 0, Map.of("a", "1"));

    assertThatThrownBy(() -> job.data().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> job.data().remove("a")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void dataIsOrderedByKeyAsGoEncodesMaps() {
    Map<String, String> unordered = new LinkedHashMap<>();
    unordered.put("zeta", "1");
    unordered.put("alpha", "2");
    unordered.put("is_downloadable", "true");
    unordered.put("export_dir", "export/x");

    Job job = new Job("id", "message_export", 0, 1, 0, 0, "success", 100, unordered);

    assertThat(job.data().keySet()).containsExactly("alpha", "export_dir", "is_downloadable", "zeta");
  }

  @Test
  void aNewPendingJobHasStatusPendingAndZeroesLikeCreateJobBuildsIt() {
    Job job = Job.newPending("abc", "ldap_sync", 1234L, Map.of("k", "v"));

    assertThat(job).isEqualTo(new Job("abc", "ldap_sync", 0, 1234L, 0, 0, "pending", 0, Map.of("k", "v")));
  }

  @Test
  void changesReturnCopiesAndLeaveTheOriginalUntouched() {
    Job original = new Job("id", "plugins", 3, 10, 20, 30, "in_progress", 40, Map.of("a", "1"));

    Job status = original.withStatus("success", 99);
    Job start = original.withStartAt(77);
    Job progress = original.withProgress(-1);
    Job data = original.withData(Map.of("error", "boom"));

    assertThat(original).isEqualTo(new Job("id", "plugins", 3, 10, 20, 30, "in_progress", 40, Map.of("a", "1")));
    assertThat(status).isEqualTo(new Job("id", "plugins", 3, 10, 20, 99, "success", 40, Map.of("a", "1")));
    assertThat(start).isEqualTo(new Job("id", "plugins", 3, 10, 77, 30, "in_progress", 40, Map.of("a", "1")));
    assertThat(progress).isEqualTo(new Job("id", "plugins", 3, 10, 20, 30, "in_progress", -1, Map.of("a", "1")));
    assertThat(data).isEqualTo(new Job("id", "plugins", 3, 10, 20, 30, "in_progress", 40, Map.of("error", "boom")));
  }

  @Test
  void withDataAlsoCopiesAndSortsTheNewMap() {
    Map<String, String> callers = new HashMap<>(Map.of("b", "2", "a", "1"));
    Job job = new Job("id", "plugins", 0, 1, 0, 0, "pending", 0, null).withData(callers);

    callers.clear();

    assertThat(job.data()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  void dataValueReadsOneKeyOrNull() {
    Job job = new Job("id", "access_control_sync", 0, 1, 0, 0, "pending", 0, Map.of("policy_id", "p1"));

    assertThat(job.dataValue("policy_id")).isEqualTo("p1");
    assertThat(job.dataValue("missing")).isNull();
  }
}
