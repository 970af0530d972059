import { describe, expect, it } from 'vitest';
import type { FormModel } from '@signoff/schema';
import { checkModelShape } from './model-shape';
import { modelText, readModelText } from './model-text';
import { onModelChanged, onTextEdited, textSays } from './sync-decision';

const model: FormModel = {
  modelVersion: 1,
  key: 'f',
  title: { zh: '表', en: 'Form' },
  fields: [{ key: 'a', type: 'text', label: { zh: '甲', en: 'A' } }],
};
const renamed: FormModel = { ...model, fields: [{ key: 'a', type: 'text', label: { zh: '乙', en: 'B' } }] };

describe('keeping the JSON text and the designer in step', () => {
  it('shows a change made in the designer when nothing typed is waiting', () => {
    const text = modelText(model);
    expect(onModelChanged({ text, synced: text }, renamed, modelText(renamed))).toEqual({
      kind: 'replace',
      text: modelText(renamed),
    });
  });

  it('keeps the text (and the cursor) when it already says what the model says, spacing aside', () => {
    const compact = JSON.stringify(renamed);
    expect(textSays(compact, renamed)).toBe(true);
    expect(onModelChanged({ text: compact, synced: modelText(model) }, renamed, modelText(renamed))).toEqual({
      kind: 'keep',
      synced: compact,
    });
  });

  it('never overwrites typed edits that wait: it reports a conflict', () => {
    const typed = modelText(model).replace('"甲"', '"甲乙"');
    expect(onModelChanged({ text: typed, synced: modelText(model) }, renamed, modelText(renamed))).toEqual({
      kind: 'conflict',
    });
    const broken = '{"modelVersion": 1,';
    expect(onModelChanged({ text: broken, synced: modelText(model) }, renamed, modelText(renamed)).kind).toBe(
      'conflict',
    );
  });

  it('applies a valid, different text once, and nothing for the same data or a broken text', () => {
    const edited = onTextEdited(readModelText(modelText(renamed), checkModelShape), model);
    expect(edited).toEqual({ kind: 'apply', model: renamed });
    const reordered = JSON.stringify({ fields: model.fields, title: model.title, key: 'f', modelVersion: 1 });
    expect(onTextEdited(readModelText(reordered, checkModelShape), model)).toEqual({ kind: 'same' });
    expect(onTextEdited(readModelText('{', checkModelShape), model).kind).toBe('problems');
  });
});
