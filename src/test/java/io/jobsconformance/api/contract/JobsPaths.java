package io.jobsconformance.api.contract;

/** The seven routes of {@code api4/job.go}, the only place the contracts spell out URLs. */
public final class JobsPaths {
  public static final String JOBS = "/api/v4/jobs";

  private JobsPaths() {}

  public static String job(String id) {
    return JOBS + "/" + id;
  }

  public static String download(String id) {
    return job(id) + "/download";
  }

  public static String cancel(String id) {
    return job(id) + "/cancel";
  }

  public static String status(String id) {
    return job(id) + "/status";
  }

  public static String byType(String type) {
    return JOBS + "/type/" + type;
  }
}
