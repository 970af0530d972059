// API tokens, webhooks and their deliveries.
export {
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
  type WebhookRow,
  type DeliveryRow,
} from './integration-repository.js';
