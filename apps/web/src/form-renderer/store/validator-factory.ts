// Loaded on demand (see validator-loader.ts): ajv and its formats are a fifth of the fill page's JavaScript.
export { createSubmissionValidator } from '@signoff/schema';
