import { useReducer } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { canUndo } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { designerReducer, initialDesignerState, type DesignerState } from '../page/designer-state';
import AdvancedView from './AdvancedView';

// Monaco does not run in jsdom: the editor is a text area here, the wrapper's contract kept (value in,
// typed changes out); what Monaco itself does is looked at in the browser test
vi.mock('./monaco-setup', () => ({ setModelSchema: vi.fn() }));
vi.mock('./MonacoJsonEditor', () => ({
  MonacoJsonEditor: ({
    value,
    onChange,
    readOnly,
    testId,
  }: {
    value: string;
    onChange?: (text: string) => void;
    readOnly?: boolean;
    testId?: string;
  }) => (
    <textarea
      data-testid={testId}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange?.(e.target.value)}
    />
  ),
}));

const form: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假', en: 'Leave' },
  fields: [{ key: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' } }],
};

let state: DesignerState;
let send: (a: Parameters<typeof designerReducer>[1]) => void;

/** The view around the real reducer, as the designer holds it. */
function Harness() {
  const [s, dispatch] = useReducer(designerReducer, form, initialDesignerState);
  state = s;
  send = dispatch;
  return <AdvancedView model={s.history.model} problems={s.history.problems} send={dispatch} />;
}

const editor = () => screen.getByTestId<HTMLTextAreaElement>('json-model-editor');
const type = (text: string) => fireEvent.change(editor(), { target: { value: text } });
const label = () => state.history.model.fields[0]?.label.zh;
const shownField = () => (JSON.parse(editor().value) as FormModel).fields[0];

describe('the JSON view', () => {
  it('applies a valid edit once, after the pause, as one undoable step; the schema follows', async () => {
    render(<Harness />);
    expect(JSON.parse(editor().value)).toEqual(form);
    expect(screen.getByTestId<HTMLTextAreaElement>('json-schema-editor').value).toContain(
      '"title": "Reason"',
    );
    type(editor().value.replace('"事由"', '"请假原'));
    type(editor().value.replace('"请假原', '"请假原因"'));
    expect(label()).toBe('事由'); // not yet: the pause has not passed
    // the first check compiles the schema, slow on a loaded machine
    await waitFor(() => expect(label()).toBe('请假原因'), { timeout: 10_000 });
    expect(screen.getByTestId<HTMLTextAreaElement>('json-schema-editor').value).toContain('"zh": "请假原因"');
    // one step: one undo in the designer takes it all back, and the text follows, since nothing typed waits
    act(() => send({ type: 'undo' }));
    expect(canUndo(state.history)).toBe(false);
    expect(JSON.parse(editor().value)).toEqual(form);
  });

  it('applies nothing from malformed JSON or a misspelt property, and says where, in zh', async () => {
    render(<Harness />);
    type(editor().value.replace('"label": {', '"label" {'));
    const problems = await screen.findByTestId('json-problems');
    expect(problems.textContent).toMatch(/第 \d+ 行第 \d+ 列/);
    expect(problems.textContent).toContain('属性名后缺少冒号');
    type(JSON.stringify(form).replace('"label"', '"lable"'));
    await waitFor(() => expect(screen.getByTestId('json-problems').textContent).toContain('「lable」'));
    expect(canUndo(state.history)).toBe(false);
    expect(label()).toBe('事由');
  });

  it('shows a change made in the designer, and keeps typed edits that wait, with a way to drop them', async () => {
    render(<Harness />);
    act(() =>
      send({
        type: 'command',
        command: { type: 'changeField', field: 'reason', fieldType: 'text', patch: { required: true } },
      }),
    );
    expect(shownField()?.required).toBe(true);

    type('{ "modelVersion": 1, ');
    act(() =>
      send({
        type: 'command',
        command: { type: 'changeField', field: 'reason', fieldType: 'text', patch: { maxLength: 9 } },
      }),
    );
    expect(editor().value).toBe('{ "modelVersion": 1, ');
    fireEvent.click(await screen.findByTestId('json-take-designer'));
    expect(shownField()?.maxLength).toBe(9);
    expect(screen.queryByTestId('json-problems')).toBeNull();
  });

  it('takes a model with problems (they go to the problems list) and marks the schema as the last good one', async () => {
    render(<Harness />);
    const dup = { ...form, fields: [form.fields[0], { ...form.fields[0] }] };
    type(JSON.stringify(dup, null, 2));
    await waitFor(() => expect(state.history.model.fields).toHaveLength(2));
    expect(state.history.problems.map((p) => p.code)).toContain('duplicate_key');
    expect(screen.getByTestId('json-schema-stale').textContent).toContain('重复');
    expect(screen.getByTestId<HTMLTextAreaElement>('json-schema-editor').value).toContain('"reason"');
  });
});
