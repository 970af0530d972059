// API tokens, webhooks and their deliveries.
export {
  API_TOKEN_SCOPES,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  tenantOfToken,
  touchApiToken,
  insertWebhook,
  listWebhooks,
  deleteWebhook,
  insertDelivery,
  getDelivery,
  recordDeliveryAttempt,
  listDeliveries,
  type ApiTokenRow,
  type ApiTokenScope,
  type WebhookRow,
  type DeliveryRow,
} from './integration-repository.js';
// One webhook, and turning it on or off (the console's switch and test event).
export { getWebhook, setWebhookActive, failPendingDeliveries } from './integration-repository.js';
// Idempotency-Key answers of the REST API (issue 20).
export {
  claimIdempotencyKey,
  getIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotencyRow,
} from './idempotency-repository.js';
export { cachedWebhooks } from './webhook-cache.js';
