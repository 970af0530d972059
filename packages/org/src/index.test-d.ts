import { expectTypeOf, test } from 'vitest';
import type { Localized as SchemaLocalized, SignoffError } from '@signoff/schema';
import {
  resolveApprovers,
  type ApproverExpression,
  type Localized,
  type OrgError,
  type OrgErrorCode,
  type OrgErrorDetail,
  type Resolution,
} from './index.js';
import type {
  AccessLevel,
  AccessSource,
  EffectiveAccess,
  TemplateGrant,
  TemplatePermissions,
} from './index.js';

test('resolveApprovers returns a Resolution and accepts only known expression kinds', () => {
  expectTypeOf(resolveApprovers).returns.toEqualTypeOf<Resolution>();
  expectTypeOf<{ kind: 'deptHead'; level: number }>().toExtend<ApproverExpression>();
  expectTypeOf<{ kind: 'boss' }>().not.toExtend<ApproverExpression>();
  expectTypeOf<Resolution['skipped'][number]['why']>().toEqualTypeOf<'applicant' | 'previous'>();
});

test("org's Localized is the schema's, and OrgError has the packages' one error shape", () => {
  expectTypeOf<Localized>().toEqualTypeOf<SchemaLocalized>();
  expectTypeOf<OrgError>().toExtend<SignoffError<OrgErrorCode, OrgErrorDetail>>();
  expectTypeOf<OrgError['localized']>().toEqualTypeOf<Localized>();
  expectTypeOf<OrgError['details']>().toEqualTypeOf<readonly OrgErrorDetail[]>();
});

test("templatePermissions answers a tier and the grant it came from, keeping the caller's grant type", () => {
  type Row = TemplateGrant & { id: string };
  expectTypeOf<AccessLevel>().toEqualTypeOf<'manager' | 'editor' | 'author' | 'reader'>();
  expectTypeOf<ReturnType<TemplatePermissions<Row>['template']>>().toEqualTypeOf<EffectiveAccess<Row>>();
  expectTypeOf<Extract<AccessSource<Row>, { kind: 'grant' }>['grant']>().toEqualTypeOf<Row>();
  expectTypeOf<EffectiveAccess['level']>().toEqualTypeOf<AccessLevel | null>();
});
