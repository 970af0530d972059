import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { applyRouteCommand, routeIdSource } from '@signoff/designer';
import { leaveRouteExample } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import { setLang } from '../../i18n/i18n';
import { testApi } from '../../request/test/test-api';
import '../route-designer-i18n-load';
import type { Flow } from '../canvas/route-canvas-types';
import { RouteVersionsDrawer } from './RouteVersionsDrawer';

const fields: FormField[] = [{ key: 'days', type: 'number', label: { zh: '请假天数', en: 'Days' } }];

/** The draft has dropped the filing step of version 1. */
function routes() {
  const v1 = leaveRouteExample();
  const r = applyRouteCommand(v1, { type: 'removeNode', nodeId: 'filing' }, { newId: routeIdSource(v1) });
  if (!r.ok) throw new Error('refused');
  return { v1, draft: r.flow };
}

function setup(answerFor: (version: number) => unknown) {
  const api = testApi({
    'forms.versions': () => [
      {
        versionId: 'tv3',
        version: 3,
        publishedAt: '2026-11-25T02:00:00.000Z',
        current: true,
        publishedBy: 'u-li',
        publishedByName: '李四',
      },
      {
        versionId: 'tv2',
        version: 2,
        publishedAt: '2026-11-20T02:00:00.000Z',
        current: false,
        publishedBy: 'u-gone',
        publishedByName: null,
      },
      {
        versionId: 'tv1',
        version: 1,
        publishedAt: '2026-11-01T02:00:00.000Z',
        current: false,
        publishedBy: null,
        publishedByName: null,
      },
    ],
    'forms.version': (input) => answerFor((input as { version: number }).version),
  });
  const { draft } = routes();
  const onRestore = vi.fn<(flow: Flow, version: number) => void>();
  const onClose = vi.fn();
  render(
    api.wrap(
      <RouteVersionsDrawer
        templateId="t-leave"
        basedOnVersion={3}
        draft={draft}
        fields={fields}
        org={undefined}
        onRestore={onRestore}
        onClose={onClose}
      />,
    ),
  );
  return { api, onRestore, onClose };
}

const answer = (flow: unknown) => ({ templateId: 't-leave', draft: { model: { fields: [] }, flow } });

describe('RouteVersionsDrawer', () => {
  it("restores a version's route as the draft only after the officer confirms", async () => {
    const { v1 } = routes();
    const { api, onRestore, onClose } = setup(() => answer(v1));
    const row = await screen.findByTestId('route-version-1');
    expect(within(row).getByText('第 1 版')).toBeTruthy();
    expect(within(screen.getByTestId('route-version-3')).getByText('使用中')).toBeTruthy();

    fireEvent.click(within(row).getByTestId('route-version-restore-1'));
    expect(await screen.findByText('用第 1 版的流程替换草稿中的流程？')).toBeTruthy();
    expect(onRestore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^替\s?换$/ }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith(v1, 1));
    expect(api.callsTo('forms.version')[0]?.input).toEqual({ templateId: 't-leave', version: 1 });
    expect(onClose).toHaveBeenCalled();
  });

  it('says who published each version and when, in both languages', async () => {
    setup(() => answer(routes().v1));
    const published = (n: number) => screen.getByTestId(`route-version-published-${n}`).textContent;
    await screen.findByTestId('route-version-3');
    expect(published(3)).toBe(`${new Date('2026-11-25T02:00:00.000Z').toLocaleString('zh-CN')} · 李四 发布`);
    expect(published(2)).toMatch(/ · 已删除的用户发布$/);
    expect(published(1)).toMatch(/ · 系统发布$/);
    act(() => setLang('en'));
    expect(published(3)).toBe(
      `${new Date('2026-11-25T02:00:00.000Z').toLocaleString('en')} · published by 李四`,
    );
    expect(published(2)).toMatch(/ · published by a deleted user$/);
    expect(published(1)).toMatch(/ · published by the system$/);
  });

  it('says so, in words, when a version holds no route, and restores nothing', async () => {
    const { onRestore } = setup(() => ({ templateId: 't-leave', draft: null }));
    fireEvent.click(await screen.findByTestId('route-version-restore-2'));
    fireEvent.click(await screen.findByRole('button', { name: /^替\s?换$/ }));
    expect(await screen.findByText('第 2 版没有可读的流程')).toBeTruthy();
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('compares a version with the draft: the removed step ghosted on the picture and listed in words', async () => {
    const { v1 } = routes();
    setup(() => answer(v1));
    await screen.findByTestId('route-version-1');
    const compare = screen.getByTestId('route-versions-compare');
    expect(compare.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('route-version-tick-1'));
    fireEvent.click(screen.getByTestId('route-version-tick-draft'));
    fireEvent.click(compare);

    expect(await screen.findByText('流程比较：第 1 版 → 当前草稿')).toBeTruthy();
    const list = await screen.findByTestId('route-diff-list');
    expect(within(list).getByText('删除抄送人「综管部备案」')).toBeTruthy();

    const canvas = screen.getByTestId('route-diff-canvas');
    // laid out by elkjs on the page in jsdom, which can take seconds on a busy machine
    const ghost = await within(canvas).findByTestId('route-node-filing', {}, { timeout: 15_000 });
    expect(ghost.closest('.react-flow__node')?.classList.contains('rd-diff-removed')).toBe(true);
    const kept = within(canvas).getByTestId('route-node-leader');
    expect(kept.closest('.react-flow__node')?.classList.contains('rd-diff-same')).toBe(true);
  });
});
