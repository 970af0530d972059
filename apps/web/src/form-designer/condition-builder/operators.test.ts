import { describe, expect, it } from 'vitest';
import { checkCondition } from '@signoff/schema';
import { leafCondition, operatorsFor } from './operators';
import { leaveFields as fields, ranks } from './test-fields';

describe('operatorsFor', () => {
  it('offers comparisons and ranges for numbers, money and dates, never "is one of"', () => {
    const numeric = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between', 'empty', 'notEmpty'];
    expect(operatorsFor({ field: 'days' }, fields)).toEqual(numeric);
    expect(operatorsFor({ field: 'amount' }, fields)).toEqual(numeric);
    expect(operatorsFor({ field: 'start' }, fields)).toEqual(numeric);
  });

  it('offers equality and lists for a select, no order', () => {
    expect(operatorsFor({ field: 'kind' }, fields)).toEqual(['eq', 'ne', 'in', 'notIn', 'empty', 'notEmpty']);
  });

  it('offers only "includes" and emptiness for checkboxes, applicant lists, text equality for text', () => {
    expect(operatorsFor({ field: 'needs' }, fields)).toEqual(['in', 'notIn', 'empty', 'notEmpty']);
    expect(operatorsFor({ applicant: 'positions' }, fields)).toEqual(['in', 'notIn', 'empty', 'notEmpty']);
    expect(operatorsFor({ field: 'title' }, fields)).toEqual(['eq', 'ne', 'empty', 'notEmpty']);
  });

  it('compares the applicant rank by order, and tests files and people only for emptiness', () => {
    expect(operatorsFor({ applicant: 'rank' }, fields, ranks)).toEqual([
      'eq',
      'ne',
      'lt',
      'lte',
      'gt',
      'gte',
      'between',
      'in',
      'notIn',
    ]);
    expect(operatorsFor({ field: 'files' }, fields)).toEqual(['empty', 'notEmpty']);
    expect(operatorsFor({ field: 'deputy' }, fields)).toEqual(['empty', 'notEmpty']);
  });

  it('offers nothing on a description or a deleted field', () => {
    expect(operatorsFor({ field: 'note' }, fields)).toEqual([]);
    expect(operatorsFor({ field: 'gone' }, fields)).toEqual([]);
  });

  it('only ever offers what checkCondition accepts', () => {
    for (const f of fields) {
      for (const op of operatorsFor({ field: f.key }, fields)) {
        const value =
          f.type === 'date'
            ? '2026-01-01'
            : (f.options?.[0]?.value ?? (['number', 'money', 'computed'].includes(f.type) ? 1 : 'x'));
        expect(
          checkCondition(leafCondition(op, { field: f.key }, value), { fields }),
          `${f.key} ${op}`,
        ).toEqual([]);
      }
    }
  });
});
