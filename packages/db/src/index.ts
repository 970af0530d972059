// The face of @signoff/db, one folder at a time; each folder's index names what it lends out.
export * from './core/index.js';
export * from './repositories/index.js';
export * from './queries/index.js';
export * from './jobs/index.js';
export * from './backup/index.js';
