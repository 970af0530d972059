// The hash-chained audit log: appended by writers, sealed by the job loop, verified on demand.
export { appendAudit, auditHash, AUDIT_GENESIS, type AuditEntry } from './audit-log.js';
export { sealAuditChains, sealTenantAudit, SEAL_BATCH } from './audit-seal.js';
export { verifyAudit, type AuditVerdict } from './audit-verify.js';
export { listAuditPage, type AuditPageQuery, type AuditRow } from './audit-page.js';
