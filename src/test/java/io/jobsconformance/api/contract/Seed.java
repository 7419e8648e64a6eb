package io.jobsconformance.api.contract;

import io.jobsconformance.app.JobSeed;
import java.util.Map;

/** A job to put in place through the control plane; unset fields take the control plane's defaults. */
public final class Seed {
  private String id;
  private final String type;
  private Long priority;
  private Long createAt;
  private Long startAt;
  private Long lastActivityAt;
  private String status;
  private Long progress;
  private Map<String, String> data;

  private Seed(String type) {
    this.type = type;
  }

  public static Seed job(String type) {
    return new Seed(type);
  }

  public Seed id(String value) {
    id = value;
    return this;
  }

  public Seed status(String value) {
    status = value;
    return this;
  }

  public Seed priority(long value) {
    priority = value;
    return this;
  }

  public Seed createAt(long value) {
    createAt = value;
    return this;
  }

  public Seed startAt(long value) {
    startAt = value;
    return this;
  }

  public Seed lastActivityAt(long value) {
    lastActivityAt = value;
    return this;
  }

  public Seed progress(long value) {
    progress = value;
    return this;
  }

  public Seed data(Map<String, String> value) {
    data = value;
    return this;
  }

  public JobSeed toJobSeed() {
    return new JobSeed(id, type, priority, createAt, startAt, lastActivityAt, status, progress, data);
  }
}
