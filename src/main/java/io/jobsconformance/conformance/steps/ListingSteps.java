package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asking for lists of jobs ({@code GET /jobs} with its filters, {@code GET /jobs/type/{job_type}}), with paging values
 * sent exactly as written (negative, non-numeric and out-of-range ones included), and walking a list page by page.
 * The plain forms "lists all jobs", "lists the jobs filtered to type X" and "lists the jobs of type X" live in
 * {@link JobActionSteps}.
 */
public final class ListingSteps {
  /** A walk stops here even if the scenario's jobs were not all seen: they would be missing, and the check says so. */
  private static final int MAX_PAGES = 100;

  private final ScenarioContext context;
  private final ListingState listings;
  private final NamedJobs named;

  public ListingSteps(ScenarioContext context, ListingState listings, NamedJobs named) {
    this.context = context;
    this.listings = listings;
    this.named = named;
  }

  @ParameterType(name = "listing", value = Listing.PHRASES)
  public Listing listing(String phrase) {
    return Listing.parse(phrase);
  }

  @When("{actor} lists {listing}, page {string} at {string} per page")
  public void listsAPage(Actor actor, Listing listing, String page, String perPage) {
    list(actor, listing, paging(page, perPage));
  }

  @When("{actor} lists {listing}, page {string}")
  public void listsAPageAtTheDefaultSize(Actor actor, Listing listing, String page) {
    list(actor, listing, paging(page, null));
  }

  @When("{actor} lists {listing} at {string} per page")
  public void listsTheDefaultPage(Actor actor, Listing listing, String perPage) {
    list(actor, listing, paging(null, perPage));
  }

  @When("{actor} lists the jobs filtered to status {status}")
  public void listsByStatus(Actor actor, String status) {
    list(actor, Listing.filtered(null, false, status), Map.of());
  }

  @When("{actor} lists the jobs filtered to type {status} and status {status}")
  public void listsByTypeAndStatus(Actor actor, String type, String status) {
    list(actor, Listing.filtered(type, false, status), Map.of());
  }

  @When("{actor} lists the jobs filtered to the configured type")
  public void listsByTheConfiguredType(Actor actor) {
    list(actor, Listing.filtered(null, true, null), Map.of());
  }

  @When("{actor} lists the jobs filtered to the configured type and status {status}")
  public void listsByTheConfiguredTypeAndStatus(Actor actor, String status) {
    list(actor, Listing.filtered(null, true, status), Map.of());
  }

  @When("{actor} lists the jobs of the configured type")
  public void listsTheConfiguredType(Actor actor) {
    list(actor, Listing.ofType(null, true), Map.of());
  }

  /** A made-up type name of exactly {@code length} characters, all of them valid in the route ({@code [a-z_]}). */
  @When("{actor} lists the jobs of a type {int} characters long")
  public void listsATypeOfLength(Actor actor, int length) {
    StringBuilder type = new StringBuilder("no_such_type_");
    while (type.length() < length) {
      type.append((char) ('a' + type.length() % 26));
    }
    type.setLength(length);
    list(actor, Listing.ofType(type.toString(), false), Map.of());
  }

  /**
   * Reads page 0, 1, 2... until every job the scenario named has been seen or a page comes back short. On a real
   * server other jobs come and go meanwhile; a job created during the walk only pushes older ones to a later page, so
   * the walk may see a job twice but never skips one.
   */
  @When("{actor} pages through {listing} at {int} per page")
  public void pagesThrough(Actor actor, Listing listing, int perPage) {
    Set<String> missing = new HashSet<>(named.ids());
    List<Exchange> pages = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      Exchange answer = list(actor, listing, paging(String.valueOf(page), String.valueOf(perPage)));
      pages.add(answer);
      List<JsonNode> jobs = ListingChecks.jobsIn(answer);
      jobs.forEach(job -> missing.remove(job.path("id").asText()));
      if (jobs.size() < perPage || missing.isEmpty()) {
        break;
      }
    }
    listings.pages(pages);
  }

  private Exchange list(Actor actor, Listing listing, Map<String, String> paging) {
    return context.remember(listing.fetch(context, context.caller(actor), paging));
  }

  private static Map<String, String> paging(String page, String perPage) {
    Map<String, String> query = new LinkedHashMap<>();
    if (page != null) {
      query.put("page", page);
    }
    if (perPage != null) {
      query.put("per_page", perPage);
    }
    return query;
  }
}
