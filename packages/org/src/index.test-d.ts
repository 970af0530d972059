import { expectTypeOf, test } from 'vitest';
import { resolveApprovers, type ApproverExpression, type Resolution } from './index.js';

test('resolveApprovers returns a Resolution and accepts only known expression kinds', () => {
  expectTypeOf(resolveApprovers).returns.toEqualTypeOf<Resolution>();
  expectTypeOf<{ kind: 'deptHead'; level: number }>().toExtend<ApproverExpression>();
  expectTypeOf<{ kind: 'boss' }>().not.toExtend<ApproverExpression>();
  expectTypeOf<Resolution['skipped'][number]['why']>().toEqualTypeOf<'applicant' | 'previous'>();
});
