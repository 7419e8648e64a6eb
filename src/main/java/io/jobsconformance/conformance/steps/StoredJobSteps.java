package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.Map;
import java.util.Set;

/**
 * Jobs stored verbatim through the mock's control plane ({@code @mock-only}): named jobs of any type and status at
 * chosen creation times, a stored job with every field chosen, and long runs of jobs for page-size rules. A cell
 * written in double quotes is taken as it stands inside them, so {@code ""} is the empty type or status.
 */
public final class StoredJobSteps {
  /** Where a bulk run's creation times start: far from "now", so nothing else a scenario makes interleaves. */
  private static final long BULK_START = 1_000_000L;

  private static final Set<String> NUMBER_FIELDS =
      Set.of("priority", "create_at", "start_at", "last_activity_at", "progress");

  private final ScenarioContext context;
  private final NamedJobs named;
  private final ListingState listings;

  public StoredJobSteps(ScenarioContext context, NamedJobs named, ListingState listings) {
    this.context = context;
    this.named = named;
    this.listings = listings;
  }

  /** Columns: {@code job} (its name), {@code type}, {@code status}, {@code created} (create_at in ms). */
  @Given("these stored jobs:")
  public void theseStoredJobs(DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      ObjectNode job = JsonNodeFactory.instance.objectNode();
      job.put("type", unquote(row.get("type")));
      job.put("status", unquote(row.get("status")));
      job.put("create_at", Long.parseLong(row.get("created")));
      named.name(row.get("job"), context.control().seedJob(job.toString()));
    }
  }

  /** {@code count} jobs of one type, created one millisecond apart; the newest is remembered for page checks. */
  @Given("{int} stored {status} jobs")
  public void storedJobs(int count, String type) {
    ObjectNode bulk = JsonNodeFactory.instance.objectNode();
    bulk.put("count", count);
    bulk.put("type", type);
    bulk.put("create_at", BULK_START);
    bulk.put("create_at_step", 1);
    context.control().seedJobs(bulk.toString());
    listings.stored(count, BULK_START + count - 1);
  }

  /** Two columns, field and value; a {@code data.KEY} field puts KEY into the job's data. It becomes "the job". */
  @Given("a stored job with the fields:")
  public void aStoredJobWithTheFields(DataTable table) {
    ObjectNode job = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> field : table.asMap().entrySet()) {
      String name = field.getKey();
      String value = unquote(field.getValue());
      if (name.startsWith("data.")) {
        ObjectNode data = job.has("data") ? (ObjectNode) job.get("data") : job.putObject("data");
        data.put(name.substring("data.".length()), value);
      } else if (NUMBER_FIELDS.contains(name)) {
        job.put(name, Long.parseLong(value));
      } else {
        job.put(name, value);
      }
    }
    JsonNode stored = context.control().seedJob(job.toString());
    named.name("stored", stored);
    named.name("stored:sent", job);
    context.job(stored.path("id").asText(), null);
  }

  static String unquote(String cell) {
    String value = cell == null ? "" : cell;
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
