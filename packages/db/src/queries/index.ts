// Read-only queries across several tables for the desk, the directory and the statistics.
export {
  searchInbox,
  inboxCounts,
  type InboxBox,
  type InboxFilter,
  type InboxItem,
  type InboxCounts,
} from './inbox-query.js';
export {
  templateStats,
  stepStats,
  monthlyUsage,
  instancesForExport,
  dailyRequests,
  type DayStats,
  type StatsRange,
  type TemplateStats,
  type StepStats,
  type MonthStats,
  type ExportRow,
} from './statistics-query.js';
export { templateSupervision, type TemplateSupervision } from './template-supervision-query.js';
export { supervisedTasks, type SupervisedTask } from './supervision-query.js';
export {
  activeDirectoryUsers,
  directoryDepartments,
  lookupDirectoryUsers,
  lookupDirectoryDepartments,
  type DirectoryUser,
  type DirectoryDepartment,
} from './directory-query.js';
