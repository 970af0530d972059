// The hash-chained audit log.
export {
  appendAudit,
  verifyAudit,
  auditHash,
  AUDIT_GENESIS,
  type AuditEntry,
  type AuditVerdict,
} from './audit-log.js';
export { listAuditPage, type AuditPageQuery, type AuditRow } from './audit-page.js';
