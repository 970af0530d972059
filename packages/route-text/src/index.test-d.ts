import type { FlowDefinition } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import type { FormModel } from '@signoff/schema';
import { expectTypeOf, test } from 'vitest';
import {
  parseRouteText,
  printRouteText,
  type RouteTextResult,
  type RouteTextStep,
  type UnplacedText,
} from './index.js';

test('parseRouteText takes text and the org (form optional) and returns a RouteTextResult', () => {
  expectTypeOf(parseRouteText).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(parseRouteText).parameter(1).toExtend<{ org: OrgSnapshot; form?: FormModel }>();
  expectTypeOf<{ org: OrgSnapshot }>().toExtend<Parameters<typeof parseRouteText>[1]>();
  expectTypeOf<{ form: FormModel }>().not.toExtend<Parameters<typeof parseRouteText>[1]>();
  expectTypeOf(parseRouteText).returns.toEqualTypeOf<RouteTextResult>();
  expectTypeOf<RouteTextResult['flow']>().toEqualTypeOf<FlowDefinition>();
  expectTypeOf<RouteTextResult['unplaced']>().toEqualTypeOf<UnplacedText[]>();
});

test("steps and unplaced words have the CLI contract's shape", () => {
  expectTypeOf<RouteTextStep['kind']>().toEqualTypeOf<'approve' | 'notify' | 'handle'>();
  expectTypeOf<RouteTextStep['positions']>().toEqualTypeOf<string[]>();
  expectTypeOf<UnplacedText['reason']>().toExtend<{ code: string; zh: string; en: string }>();
  expectTypeOf<UnplacedText>().toExtend<{ text: string; start: number; end: number }>();
});

test('printRouteText writes a route on an org as text', () => {
  expectTypeOf(printRouteText).parameters.toEqualTypeOf<[FlowDefinition, OrgSnapshot, FormModel?]>();
  expectTypeOf(printRouteText).returns.toEqualTypeOf<string>();
});
