// Reads and writes of one table family each, always within the caller's transaction (withTenant);
// one folder per domain, each with its own index.
export * from './tenants/index.js';
export * from './org/index.js';
export * from './auth/index.js';
export * from './templates/index.js';
export * from './instances/index.js';
export * from './attachments/index.js';
export * from './integrations/index.js';
export * from './notifications/index.js';
export * from './audit/index.js';
