import type { FieldType, FormField, FormModel, Localized, ModelProblem } from '@signoff/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { FlowDefinition, FlowProblem } from '@signoff/flow';
import {
  applyCommand,
  applyRouteCommand,
  createRouteHistory,
  DEFAULT_NODE_SIZES,
  dispatchRoute,
  layoutRoute,
  routeIdSource,
  undoRoute,
  type InsertableNodeType,
  type NodeSizes,
  type RouteCommand,
  type RouteCommandResult,
  type RouteHistory,
  type RouteLayout,
  type RouteNodePatch,
  createField,
  createHistory,
  dispatch,
  undo,
  type ChangeFieldCommand,
  type CommandProblem,
  type CommandProblemCode,
  type CommandResult,
  type FieldPatch,
  type FieldPath,
  type FormChanges,
  type FormCommand,
  type FormCommandType,
  type FormHistory,
  type HistoryStep,
  type KeyFromLabel,
} from './index.js';

describe('public API types', () => {
  it('a patch offers exactly the properties of its field type', () => {
    expectTypeOf<FieldPatch<'number'>['min']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FieldPatch<'text'>>().not.toHaveProperty('min');
    expectTypeOf<FieldPatch<'text'>['maxLength']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FieldPatch<'money'>['currency']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FieldPatch<'computed'>>().not.toHaveProperty('required');
    expectTypeOf<FieldPatch<'computed'>['formula']>().toEqualTypeOf<FormField['formula']>();
    expectTypeOf<FieldPatch<'table'>>().not.toHaveProperty('columns');
    expectTypeOf<FieldPatch<'description'>>().not.toHaveProperty('default');
    expectTypeOf<FieldPatch<'select'>['label']>().toEqualTypeOf<Localized | undefined>();
  });

  it('a default has the value type of its field', () => {
    expectTypeOf<FieldPatch<'number'>['default']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FieldPatch<'multiSelect'>['default']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<FieldPatch<'dateRange'>['default']>().toEqualTypeOf<[string, string] | undefined>();
    expectTypeOf<FieldPatch<'select'>['default']>().toEqualTypeOf<string | undefined>();
  });

  it('a change command ties its patch to the type it names', () => {
    expectTypeOf<Extract<ChangeFieldCommand, { fieldType: 'money' }>['patch']>().toEqualTypeOf<
      FieldPatch<'money'>
    >();
    const commands: FormCommand[] = [
      { type: 'changeField', field: 'days', fieldType: 'number', patch: { min: 0, max: 30 } },
      // @ts-expect-error a text field has no minimum
      { type: 'changeField', field: 'name', fieldType: 'text', patch: { min: 1 } },
      // @ts-expect-error a number's default is a number
      { type: 'changeField', field: 'days', fieldType: 'number', patch: { default: '3' } },
    ];
    expectTypeOf(commands).toEqualTypeOf<FormCommand[]>();
    expectTypeOf<FormCommandType>().toEqualTypeOf<
      | 'addField'
      | 'moveField'
      | 'duplicateField'
      | 'removeField'
      | 'changeField'
      | 'pasteFields'
      | 'changeForm'
      | 'replaceModel'
    >();
  });

  it('a result is either accepted with changes or refused with a typed problem', () => {
    const r = applyCommand({} as FormModel, { type: 'addField', fieldType: 'text' });
    expectTypeOf(r).toEqualTypeOf<CommandResult>();
    if (r.ok) {
      expectTypeOf(r.select).toEqualTypeOf<FieldPath | null | undefined>();
      expectTypeOf(r.changed).toEqualTypeOf<FormChanges>();
    } else {
      expectTypeOf(r.problem).toEqualTypeOf<CommandProblem>();
      expectTypeOf(r.problem.code).toEqualTypeOf<CommandProblemCode>();
      expectTypeOf(r.problem.message).toEqualTypeOf<Localized>();
    }
    expectTypeOf<FormChanges['moved']>().toEqualTypeOf<readonly { from: FieldPath; to: FieldPath }[]>();
  });

  it('the history is read-only data with its problems', () => {
    const h = createHistory({} as FormModel, { keyFromLabel: (l: Localized, t: FieldType) => `${l.en}${t}` });
    expectTypeOf(
      dispatch(h, { type: 'removeField', field: 'x' }, { coalesce: 'k' }),
    ).toEqualTypeOf<FormHistory>();
    expectTypeOf(undo(h).problems).toEqualTypeOf<readonly ModelProblem[]>();
    expectTypeOf<HistoryStep['kind']>().toEqualTypeOf<
      'created' | 'changed' | 'undone' | 'redone' | 'unchanged' | 'refused'
    >();
    expectTypeOf<Extract<HistoryStep, { kind: 'refused' }>['problem']>().toEqualTypeOf<CommandProblem>();
    // @ts-expect-error the model is not to be reassigned
    h.model = {} as FormModel;
    expectTypeOf(createField).parameter(1).toEqualTypeOf<KeyFromLabel | undefined>();
    expectTypeOf(createField('text')).toEqualTypeOf<FormField>();
  });

  it('route commands are a closed union; results and histories are typed', () => {
    expectTypeOf<RouteCommand['type']>().toEqualTypeOf<
      | 'insertNode'
      | 'removeNode'
      | 'addPath'
      | 'removePath'
      | 'reorderConditions'
      | 'setCondition'
      | 'renameNode'
      | 'setApprovers'
      | 'setNodeSettings'
      | 'nudgeNode'
      | 'replaceFlow'
    >();
    expectTypeOf<InsertableNodeType>().toEqualTypeOf<
      'approve' | 'notify' | 'handle' | 'branch' | 'parallel'
    >();
    expectTypeOf<RouteNodePatch['mode']>().toEqualTypeOf<
      'single' | 'all' | 'any' | 'sequential' | undefined
    >();
    const flow = {} as FlowDefinition;
    expectTypeOf(
      applyRouteCommand(flow, { type: 'removeNode', nodeId: 'x' }, { newId: routeIdSource(flow) }),
    ).toEqualTypeOf<RouteCommandResult>();
    // @ts-expect-error a join is never inserted on its own
    const join: RouteCommand = { type: 'insertNode', edgeId: 'e', nodeType: 'join' };
    expectTypeOf(join).toEqualTypeOf<RouteCommand>();
    const h = createRouteHistory(flow, { ranks: ['P1'], limit: 10 });
    expectTypeOf(
      dispatchRoute(h, { type: 'addPath', nodeId: 'b' }, { newId: () => 'n' }),
    ).toEqualTypeOf<RouteHistory>();
    expectTypeOf(undoRoute(h).problems).toEqualTypeOf<readonly FlowProblem[]>();
    // @ts-expect-error the flow is not to be reassigned
    h.flow = flow;
    expectTypeOf(layoutRoute(flow, { sizes: DEFAULT_NODE_SIZES })).toEqualTypeOf<Promise<RouteLayout>>();
    expectTypeOf(DEFAULT_NODE_SIZES).toEqualTypeOf<NodeSizes>();
  });
});
