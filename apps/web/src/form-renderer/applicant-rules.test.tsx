import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicantFacts, FormField } from '@signoff/schema';
import { formWith } from './test-form';
import { renderForm } from './test/render-form';

const L = (zh: string, en: string) => ({ zh, en });
// a tenant's ranks, lowest first, as forms.get sends them in `applicantContext.ranks`
const RANKS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
const applicant = (rank: string): ApplicantFacts => ({
  department: '工程部',
  departments: ['工程部'],
  rank,
  positions: [],
});

const fields: FormField[] = [
  { key: 'amount', type: 'money', label: L('金额', 'Amount') },
  {
    key: 'budgetCode',
    type: 'text',
    label: L('预算编号', 'Budget code'),
    required: true,
    // asked only of applicants ranked P5 or above, and only for large amounts
    visibleWhen: {
      op: 'and',
      conditions: [
        { op: 'gte', left: { applicant: 'rank' }, right: { value: 'P5' } },
        { op: 'gt', left: { field: 'amount' }, right: { value: 1000 } },
      ],
    },
  },
];
const form = formWith(fields);
const budgetField = () => document.getElementById('field-budgetCode');

describe('visibility rules on the applicant', () => {
  it('keeps a field for rank P5 and above hidden from a P3 applicant, whatever is typed, and does not ask for it', async () => {
    // what the fill page passes: createFormStore({ ...form, ...template.applicantContext })
    const { store } = renderForm({ form, applicant: applicant('P3'), ranks: RANKS });
    act(() => store.set('amount', 5000));
    expect(budgetField()).toBeNull();
    await store.ready();
    let check: ReturnType<typeof store.validate> | undefined;
    act(() => {
      check = store.validate();
    });
    expect(check?.ok).toBe(true);
    expect(store.values()).toEqual({ amount: 5000 });
  });

  it('shows it to a P5 applicant once the amount calls for it, and then requires it', async () => {
    const { store } = renderForm({ form, applicant: applicant('P5'), ranks: RANKS });
    expect(budgetField()).toBeNull();
    act(() => store.set('amount', 5000));
    expect(budgetField()).not.toBeNull();
    await store.ready();
    let check: ReturnType<typeof store.validate> | undefined;
    act(() => {
      check = store.validate();
    });
    expect(check?.errors.map((e) => e.path)).toEqual(['budgetCode']);
  });

  it('without the facts cannot tell and shows the field to anyone (why forms.get sends them)', () => {
    const { store } = renderForm({ form });
    act(() => store.set('amount', 5000));
    expect(budgetField()).not.toBeNull();
  });
});
