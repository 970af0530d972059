/**
 * A feature's strings in both languages. Each feature folder keeps its own bundle, registered
 * under its namespace key in `i18n.ts` (`t('desk.inbox.title')`), so features grow without
 * touching one shared file; `en` must have the same keys as `zh` (checked by the type).
 */
export interface FeatureBundle<T> {
  zh: T;
  en: T;
}

/** Widens string literals so `en` is checked against `zh`'s keys, not its exact texts. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export function featureBundle<T>(zh: T, en: Strings<T>): FeatureBundle<Strings<T>> {
  return { zh: zh as Strings<T>, en };
}
