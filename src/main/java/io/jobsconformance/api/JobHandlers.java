package io.jobsconformance.api;

import io.jobsconformance.app.AppException;
import io.jobsconformance.app.PermissionCheck;
import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobStatus;
import io.jobsconformance.model.JobType;
import java.util.ArrayList;
import java.util.List;

/**
 * The handlers of {@code api4/job.go}, one method each, in upstream's order of checks: validate the URL, read the
 * body, load the job, check the permission, apply the rule, encode. That order is observable (an unknown id is a 404
 * before any 403), so each method mirrors its Go counterpart line by line.
 */
final class JobHandlers {
  private JobHandlers() {}

  static Reply getJob(Context c) {
    String id = c.requireJobId();
    Job job = c.app().getJob(id);
    PermissionCheck check = c.app().permissions().toReadJob(c.session(), job.type());
    if (check.unsupported()) {
      throw AppException.of("getJob", "api.job.retrieve.nopermissions", "", 400);
    }
    if (!check.allowed()) {
      throw c.permissionError(check.required());
    }
    return Reply.json(200, GoJson.encodeJob(job));
  }

  static Reply createJob(Context c) {
    JobBody body = JobBody.decode(c.request().body());
    if (body.outcome() == GoDecoding.Outcome.TOO_LARGE) {
      // handleContextError turns a wrapped http.MaxBytesError into the global 413.
      throw AppException.of("createJob", "api.context.request_body_too_large.app_error", "", 413);
    }
    if (body.outcome() == GoDecoding.Outcome.INVALID) {
      throw Context.invalidBodyParam("job");
    }
    Job requested = new Job("", body.type(), 0, 0, 0, 0, "", 0, body.data());
    PermissionCheck check = c.app().permissions().toCreateJob(c.session(), requested);
    if (check.unsupported()) {
      throw AppException.of("unableToCreateJob", "api.job.unable_to_create_job.incorrect_job_type", "", 400);
    }
    if (!check.allowed()) {
      throw c.permissionError(check.required());
    }
    return Reply.json(201, GoJson.encodeJob(c.app().createJob(requested)));
  }

  static Reply getJobs(Context c) {
    String jobType = c.query().get("job_type");
    List<String> validJobTypes = new ArrayList<>();
    if (!jobType.isEmpty()) {
      if (!JobType.isValidJobType(jobType)) {
        throw Context.invalidUrlParam("job_type");
      }
      PermissionCheck check = c.app().permissions().toReadJob(c.session(), jobType);
      if (check.unsupported()) {
        throw AppException.of("getJobsByType", "api.job.retrieve.nopermissions", "", 400);
      }
      if (!check.allowed()) {
        throw c.permissionError(check.required());
      }
      validJobTypes.add(jobType);
    } else {
      for (String type : JobType.ALL_JOB_TYPES) {
        PermissionCheck check = c.app().permissions().toReadJob(c.session(), type);
        if (!check.unsupported() && check.allowed()) {
          validJobTypes.add(type);
        }
      }
    }
    if (validJobTypes.isEmpty()) {
      throw c.permissionError();
    }
    String status = c.query().get("status");
    if (status.isEmpty()) {
      List<Job> jobs = c.app().getJobsByTypesPage(validJobTypes, c.params().page(), c.params().perPage());
      // job_store.go GetAllByTypesPage scans into a nil slice: no rows marshal as null, not [].
      return Reply.json(200, jobs.isEmpty() ? GoJson.nullBody() : GoJson.marshalJobs(jobs));
    }
    List<Job> jobs =
        c.app()
            .getJobsByTypesAndStatuses(
                validJobTypes, List.of(status), c.params().page(), c.params().perPage());
    if (!JobStatus.isValidJobStatus(status)) {
      // getJobs sets c.Err but does not return, so the query above still runs (and its 500 would win). Upstream then
      // writes the list and the error after it; the mock answers with the clean 400 the reference recommends.
      throw AppException.of("getJobs", "api.job.status.invalid", "", 400);
    }
    return Reply.json(200, GoJson.marshalJobs(jobs));
  }

  static Reply getJobsByType(Context c) {
    String jobType = c.requireJobType();
    PermissionCheck check = c.app().permissions().toReadJob(c.session(), jobType);
    if (check.unsupported()) {
      throw AppException.of("getJobsByType", "api.job.retrieve.nopermissions", "", 400);
    }
    if (!check.allowed()) {
      throw c.permissionError(check.required());
    }
    List<Job> jobs = c.app().getJobsByTypePage(jobType, c.params().page(), c.params().perPage());
    return Reply.json(200, GoJson.marshalJobs(jobs));
  }

  static Reply cancelJob(Context c) {
    String id = c.requireJobId();
    Job job = c.app().getJob(id);
    // api4/job.go cancelJob: "if permission to create, permission to cancel, same permission"
    PermissionCheck check = c.app().permissions().toCreateJob(c.session(), job);
    if (check.unsupported()) {
      throw AppException.of("unableToCancelJob", "api.job.unable_to_create_job.incorrect_job_type", "", 400);
    }
    if (!check.allowed()) {
      throw c.permissionError(check.required());
    }
    c.app().cancelJob(id);
    return Reply.json(200, GoJson.statusOk());
  }

  static Reply updateJobStatus(Context c) {
    String id = c.requireJobId();
    // The body is read before the job is loaded: a missing status is a 400 even for an unknown job.
    StatusBody body = StatusBody.decode(c.request().body());
    if (body.status() == null) {
      throw Context.invalidBodyParam("status");
    }
    Job job = c.app().getJob(id);
    PermissionCheck check = c.app().permissions().toManageJob(c.session(), job);
    if (check.unsupported()) {
      throw AppException.of("updateJobStatus", "api.job.unable_to_manage_job.incorrect_job_type", "", 400);
    }
    if (!check.allowed()) {
      throw c.permissionError(check.required());
    }
    if (!body.force() && !job.isValidStatusChange(body.status())) {
      throw AppException.of("updateJobStatus", "api.job.status.invalid", "", 400);
    }
    c.app().updateJobStatus(job, body.status());
    return Reply.json(200, GoJson.statusOk());
  }
}
