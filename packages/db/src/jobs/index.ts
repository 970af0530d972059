// The job queue shared through the database, so each job runs once across processes.
export {
  enqueueJob,
  cancelJobs,
  dropJobs,
  runNextJob,
  startJobLoop,
  retryDelayMs,
  MAX_JOB_ATTEMPTS,
  type Job,
  type NewJob,
  type JobHandler,
  type JobOutcome,
  type JobLoop,
} from './job-queue.js';
