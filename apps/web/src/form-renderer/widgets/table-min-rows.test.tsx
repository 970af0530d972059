import { fireEvent, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FormField, JsonSchema } from '@signoff/schema';
import { fieldEl, renderField } from '../test/render-form';
import { DESKTOP_WIDTH, setViewport } from '../test/viewport';
import { startingRows } from './table/table-rows';

// Needs form-store.ts to seed a new form's tables with `startingRows` (see the helper's report):
// the store, not the widget, decides what a new form starts from.

const L = (zh: string, en: string) => ({ zh, en });
const trips: FormField = {
  key: 'trips',
  type: 'table',
  label: L('行程', 'Trips'),
  minRows: 2,
  maxRows: 5,
  columns: [
    { key: 'city', type: 'text', label: L('城市', 'City'), required: true },
    { key: 'nights', type: 'number', label: L('晚数', 'Nights'), default: 1 },
  ],
};
const rowsShown = () => within(fieldEl('trips')).queryAllByTestId('trips-row');

beforeEach(() => setViewport(DESKTOP_WIDTH));

describe('startingRows', () => {
  const schema: JsonSchema = {
    type: 'array',
    items: { type: 'object', properties: { nights: { type: 'number', default: 1 } } },
    maxItems: 3,
  };

  it('makes minRows empty rows with the columns’ defaults, never more than the table allows', () => {
    expect(startingRows(2, schema)).toEqual([{ nights: 1 }, { nights: 1 }]);
    expect(startingRows(9, schema)).toHaveLength(3);
  });

  it('makes none without a minimum', () => {
    expect(startingRows(undefined, schema)).toBeUndefined();
    expect(startingRows(0, schema)).toBeUndefined();
  });
});

describe('a detail table with a minimum number of rows', () => {
  it('opens a new form with that many empty rows, their required cells still to fill', () => {
    const { store } = renderField(trips);
    expect(rowsShown()).toHaveLength(2);
    expect(within(fieldEl('trips')).queryByText(/暂无明细/)).toBeNull();
    expect(store.get('trips')).toEqual([{ nights: 1 }, { nights: 1 }]);
    expect(store.summary().missing).toEqual(['trips']);
    fireEvent.change(within(fieldEl('trips')).getByLabelText('城市 · 第 1 行'), {
      target: { value: '广州' },
    });
    fireEvent.change(within(fieldEl('trips')).getByLabelText('城市 · 第 2 行'), {
      target: { value: '深圳' },
    });
    expect(store.summary().missing).toEqual([]);
    expect(store.values()).toEqual({
      trips: [
        { city: '广州', nights: 1 },
        { city: '深圳', nights: 1 },
      ],
    });
  });

  it('keeps the rows of a draft or a submitted request as they are', () => {
    renderField(trips, { initial: { trips: [{ city: '广州' }] } });
    expect(rowsShown()).toHaveLength(1);
  });

  it('leaves a table without a minimum empty until a row is added, even a required one', () => {
    const { store } = renderField({ ...trips, minRows: undefined, required: true });
    expect(rowsShown()).toHaveLength(0);
    expect(store.get('trips')).toBeUndefined();
  });
});
