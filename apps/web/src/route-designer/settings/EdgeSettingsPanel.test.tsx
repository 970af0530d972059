import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n/i18n';
import type { RouteCommand } from './route-types';
import { choose, optionTexts, PATIENCE } from './select-test-helpers';
import { SettingsHarness } from './settings-harness';
import { testFlow } from './test-route';

const settingsOf = (edgeId: string) => {
  const onCommand = vi.fn<(cmd: RouteCommand) => void>();
  render(<SettingsHarness select={{ edgeId }} onCommand={onCommand} />);
  return onCommand;
};
const words = () => screen.getByTestId('edge-in-words').textContent;
const ruleWords = () => screen.getByTestId('condition-in-words').textContent;

describe('EdgeSettingsPanel', () => {
  it("edits a branch path's condition through the builder and says it in words", () => {
    const onCommand = settingsOf('e3');
    // the builder's sentence is the path's label on the canvas, not a field's "shown when"
    expect(ruleWords()).toBe('金额 ≥ 10000');
    expect(screen.getByTestId('condition-in-words').closest('.cb-words')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('第 1 个条件的值'), { target: { value: '50000' } });
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'setCondition',
      edgeId: 'e3',
      condition: { op: 'gte', left: { field: 'amount' }, right: { value: 50000 } },
    });
    expect(ruleWords()).toBe('金额 ≥ 50000');
    // an unfinished value is said as typed, marked as not saved yet
    fireEvent.change(screen.getByLabelText('第 1 个条件的值'), { target: { value: '' } });
    expect(screen.getByText(/有未完成或有误的条件/)).toBeTruthy();
    act(() => setLang('en'));
    expect(screen.getByText(/Some conditions are unfinished or wrong/)).toBeTruthy();
  });

  it('says a path without a condition as its canvas label does, with what it takes to publish, in zh and en', () => {
    const flow = {
      ...testFlow,
      edges: testFlow.edges.map((e) => (e.id === 'e3' ? { id: e.id, from: e.from, to: e.to } : e)),
    };
    render(<SettingsHarness select={{ edgeId: 'e3' }} onCommand={vi.fn()} flow={flow} />);
    expect(ruleWords()).toBe('请设置条件');
    expect(screen.getByText('还没有条件：请设置条件，否则流程无法发布')).toBeTruthy();
    expect(screen.queryByText(/这个字段始终显示/)).toBeNull();
    act(() => setLang('en'));
    expect(ruleWords()).toBe('Set a condition');
    expect(screen.getByText('No condition yet: set one, or the route cannot be published')).toBeTruthy();
  });

  it('offers ≥ for a number field but not for a text field, and the applicant’s rank from the org', async () => {
    settingsOf('e4');
    const operators = (expected: string[]) =>
      waitFor(async () => expect(await optionTexts('第 1 个条件的比较方式')).toEqual(expected), PATIENCE);
    await choose('第 1 个条件的字段', '金额');
    await operators(['=', '≠', '<', '≤', '>', '≥', '介于', '为空', '不为空']);
    await choose('第 1 个条件的字段', '标题');
    await waitFor(
      async () => expect(await optionTexts('第 1 个条件的比较方式')).not.toContain('≥'),
      PATIENCE,
    );
    await choose('第 1 个条件的字段', '申请人职级');
    await waitFor(async () => expect(await optionTexts('第 1 个条件的比较方式')).toContain('≥'), PATIENCE);
    await choose('第 1 个条件的比较方式', '≥');
    expect(await optionTexts('第 1 个条件的值')).toEqual(['职员', '主管级']);
  });

  it('removes the path after a confirmation', async () => {
    const onCommand = settingsOf('e4');
    fireEvent.click(screen.getByRole('button', { name: /删除此分支/ }));
    expect(onCommand).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: '删 除' }));
    expect(onCommand).toHaveBeenLastCalledWith({ type: 'removePath', edgeId: 'e4' });
  });

  it('says what the default path is, with nothing to edit or remove', () => {
    settingsOf('e5');
    expect(words()).toBe('其他情况进入此流程');
    expect(screen.queryByLabelText('第 1 个条件的字段')).toBeNull();
    expect(screen.queryByRole('button', { name: /添加条件/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删除此分支/ })).toBeNull();
  });

  it('has no settings for an edge that does not leave a branch', () => {
    settingsOf('e1');
    expect(screen.getByText('这条连线没有可设置的内容')).toBeTruthy();
  });
});
