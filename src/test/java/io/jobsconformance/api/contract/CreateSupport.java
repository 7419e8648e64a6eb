package io.jobsconformance.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import java.util.Map;

/** What the create contracts share: the body limit, and checking a 201 against the job it must have stored. */
abstract class CreateSupport extends JobsContract {
  /** {@code MaximumPayloadSizeBytes} (300000) + {@code bytes.MinRead} (512). */
  static final int BODY_LIMIT = 300_512;

  /** Checks a 201 body byte for byte and returns the job it describes, which must also be the stored one. */
  protected Job created(Exchange r, String type, Map<String, String> data, long before) {
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    String id = r.json().get("id").asText();
    long createAt = r.json().get("create_at").asLong();
    assertThat(id).matches(Expect.NEW_ID);
    assertThat(createAt).isBetween(before, System.currentTimeMillis());
    Job expected = new Job(id, type, 0, createAt, 0, 0, "pending", 0, data);
    Expect.job(r, 201, expected);
    assertThat(stored(id)).isEqualTo(expected);
    return expected;
  }
}
