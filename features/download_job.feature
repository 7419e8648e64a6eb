Feature: Downloading a job's results
  Downloading a job's results mirrors upstream's downloadJob (server/channels/api4/job.go): after the job id it
  checks MessageExportSettings.DownloadExportResults (off by default), then looks the job up, then allows only
  message_export jobs, and those only to holders of download_compliance_export_result (see permissions.feature), and
  only when the job's data marks it downloadable. The results are the legacy file export/<job id>.zip, served with
  http.ServeContent, or the job's export_dir, zipped on the fly; either way with the headers of
  platform/shared/web/files.go for a forced download.

  Rule: Downloads are refused while export downloads are disabled, before anything else is looked at

    # On a real server the setting is unknown to the suite and may be on: these scenarios then end skipped, with the
    # reason, when the lookup answers instead of the setting (see DownloadSteps); the embedded mock is always judged.
    @must @JOBS-DOWNLOAD-001
    Scenario: Export downloads are disabled by default and refused with 501
      Given an unknown job id
      When the system admin downloads the job's results
      Then the download is refused because export downloads are disabled

    @must @JOBS-DOWNLOAD-002
    Scenario: The download setting is checked before the permission of the caller
      Given an unknown job id
      When a plain user downloads the job's results
      Then the download is refused because export downloads are disabled

    # @mock-only: the compliance export and its file are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-002
    Scenario: A downloadable compliance export is refused too while export downloads are disabled
      Given a finished compliance export whose results are in the legacy export file
      When the system admin downloads the job's results
      Then the download is refused because export downloads are disabled

  Rule: Only a compliance export marked downloadable can be downloaded

    # @mock-only: export downloads are enabled through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-003
    Scenario: The results of an unknown job are not found
      Given export downloads are enabled
      And an unknown job id
      When the system admin downloads the job's results
      Then the request fails with 404 "app.job.get.app_error"

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-004
    Scenario Outline: Only compliance exports can be downloaded, whoever asks
      Given export downloads are enabled
      And a finished <type> job whose results are in the legacy export file
      When <actor> downloads the job's results
      Then the request fails with 400 "api.job.unable_to_download_job.incorrect_job_type"

      Examples:
        | type           | actor            |
        | data_retention | the system admin |
        | active_users   | the system admin |
        | active_users   | a plain user     |
        | ldap_sync      | a plain user     |

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-005
    Scenario Outline: A compliance export that is not marked downloadable cannot be downloaded
      Given export downloads are enabled
      And <export>
      When the system admin downloads the job's results
      Then the request fails with 400 "api.job.unable_to_download_job"

      Examples:
        | export                                                       |
        | a finished compliance export that is not marked downloadable |
        | a finished compliance export marked downloadable as "false"  |
        | a finished compliance export marked downloadable as "0"      |
        | a finished compliance export marked downloadable as "yes"    |
        | a finished compliance export marked downloadable as ""       |
        | a finished compliance export marked downloadable as " true"  |

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @should @JOBS-DOWNLOAD-006
    Scenario Outline: Every spelling of true that Go's ParseBool reads marks an export downloadable
      Given export downloads are enabled
      And a finished compliance export marked downloadable as "<flag>"
      When the system admin downloads the job's results
      Then the download is the legacy export file

      Examples:
        | flag |
        | 1    |
        | t    |
        | T    |
        | TRUE |
        | true |
        | True |

  Rule: A legacy compliance export is its file export/<job id>.zip, served as a file

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-007
    Scenario: The results of a legacy compliance export are its zip file
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When the read-only admin downloads the job's results
      Then the download is the legacy export file

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-008
    Scenario: A legacy compliance export is offered as an attachment named after the job
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When the system admin downloads the job's results
      Then the download is offered as an attachment named after the job

    # @mock-only: the job is stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-009
    Scenario: A legacy compliance export whose file is missing is not found
      Given export downloads are enabled
      And a finished compliance export whose legacy export file is missing
      When the system admin downloads the job's results
      Then the request fails with 404 "api.job.unable_to_download_job"

    # @mock-only: an unreadable file is stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-010
    Scenario: A legacy export file that cannot be read fails the download with 500
      Given export downloads are enabled
      And a finished compliance export whose legacy export file cannot be read
      When the system admin downloads the job's results
      Then the request fails with 500 "api.job.unable_to_download_job"

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @should @JOBS-DOWNLOAD-011
    Scenario: A legacy export file not modified since the job last changed is answered 304
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When the system admin downloads the job's results if they changed since the job last changed
      Then the download is not modified

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @should @JOBS-DOWNLOAD-012
    Scenario: A byte range of a legacy export file is answered with that part of it
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When the system admin downloads the first 10 bytes of the job's results
      Then the download is the first 10 bytes of the legacy export file

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @should @JOBS-DOWNLOAD-013
    Scenario: A byte range beyond the end of a legacy export file cannot be satisfied
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When the system admin downloads the job's results from beyond their end
      Then the download is refused as out of range

  Rule: A compliance export with an export directory is that directory, zipped when it is downloaded

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-014
    Scenario: The results in an export directory are a zip archive of its files
      Given export downloads are enabled
      And a finished compliance export whose results are in the export directory "exports/run1"
      When the read-only admin downloads the job's results
      Then the download is a zip archive of the export directory's files

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-008
    Scenario: An export directory is offered as an attachment named after the directory
      Given export downloads are enabled
      And a finished compliance export whose results are in the export directory "exports/run1"
      When the system admin downloads the job's results
      Then the download is offered as the attachment "run1.zip"

    # @mock-only: the job is stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-015
    Scenario: An export directory that does not exist is not found
      Given export downloads are enabled
      And a finished compliance export whose export directory "exports/never-written" does not exist
      When the system admin downloads the job's results
      Then the request fails with 404 "api.job.unable_to_download_job"

    # @mock-only: the jobs and their files are stored through the mock's control plane
    @mock-only @must @JOBS-DOWNLOAD-016
    Scenario Outline: An export directory outside the export store is not found, even where files exist
      Given export downloads are enabled
      And a finished compliance export whose export directory "<directory>" lies outside the export store
      When the system admin downloads the job's results
      Then the request fails with 404 "api.job.unable_to_download_job"

      Examples:
        | directory          |
        | /exports/run1      |
        | ../exports/run1    |
        | exports/../../run1 |
