import type { Localized } from './localized.js';

export type OrgErrorCode = 'invalid_expression' | 'invalid_org' | 'unknown_user';

/** A typed error carrying the message a person reads, in both languages. */
export class OrgError extends Error {
  readonly code: OrgErrorCode;
  readonly messages: Localized;
  constructor(code: OrgErrorCode, messages: Localized) {
    super(messages.en);
    this.name = 'OrgError';
    this.code = code;
    this.messages = messages;
  }
}
