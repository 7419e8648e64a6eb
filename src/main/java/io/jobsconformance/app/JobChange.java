package io.jobsconformance.app;

/**
 * One entry of a job's {@link JobHistory}: when the job server changed the job (Unix ms), the status and progress it
 * left, and what caused it (see {@link ChangeCause}).
 */
public record JobChange(long at, String status, long progress, String cause) {}
