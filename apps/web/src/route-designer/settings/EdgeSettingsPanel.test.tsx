import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RouteCommand } from './route-types';
import { choose, optionTexts, PATIENCE } from './select-test-helpers';
import { SettingsHarness } from './settings-harness';

const settingsOf = (edgeId: string) => {
  const onCommand = vi.fn<(cmd: RouteCommand) => void>();
  render(<SettingsHarness select={{ edgeId }} onCommand={onCommand} />);
  return onCommand;
};
const words = () => screen.getByTestId('edge-in-words').textContent;

describe('EdgeSettingsPanel', () => {
  it("edits a branch path's condition through the builder and says it in words", () => {
    const onCommand = settingsOf('e3');
    expect(words()).toBe('满足「金额 ≥ 10000」时进入此流程');
    fireEvent.change(screen.getByLabelText('第 1 个条件的值'), { target: { value: '50000' } });
    expect(onCommand).toHaveBeenLastCalledWith({
      type: 'setCondition',
      edgeId: 'e3',
      condition: { op: 'gte', left: { field: 'amount' }, right: { value: 50000 } },
    });
    expect(words()).toBe('满足「金额 ≥ 50000」时进入此流程');
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
