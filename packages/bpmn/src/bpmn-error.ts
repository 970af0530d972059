import type { Localized, Problem, SignoffError } from '@signoff/schema';

/** What the package's three refusals share: the packages' one error shape, the message key under the refusal's own prefix. */
export abstract class BpmnError<Code extends string, Detail extends Problem = Problem>
  extends Error
  implements SignoffError<Code, Detail>
{
  readonly messageKey: string;
  protected constructor(
    keyPrefix: string,
    readonly code: Code,
    readonly localized: Localized,
    readonly details: readonly Detail[],
  ) {
    super(`${localized.zh} / ${localized.en}`);
    this.messageKey = `${keyPrefix}.${code}`;
  }
}
