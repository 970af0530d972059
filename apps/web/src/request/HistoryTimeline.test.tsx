import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n';
import { HistoryTimeline } from './HistoryTimeline';
import { requestStrings } from './request.i18n';
import type { TimelineEventType } from './request-detail';
import { entry, HEAD, LI, task, WANG, ZHANG } from './test/detail-fixture';

/** The engine's event types, read from its source, so a type added there without a label fails here. */
function engineEventTypes(): TimelineEventType[] {
  const source = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../packages/flow/src/instance-state.ts'), 'utf8');
  const union = /export type FlowEventType\s*=([^;]+);/.exec(source)?.[1] ?? '';
  const types = [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as TimelineEventType);
  expect(types.length).toBeGreaterThan(20);
  return types;
}

describe('HistoryTimeline', () => {
  const types = engineEventTypes();

  it('has a label in both languages for every engine event', () => {
    for (const type of types) {
      expect(requestStrings.zh.event[type], `zh label of ${type}`).toBeTruthy();
      expect(requestStrings.en.event[type], `en label of ${type}`).toBeTruthy();
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`labels every event type in ${lang} and never shows a raw key`, () => {
      setLang(lang);
      const entries = types.map((type) => entry(type, { actor: LI }));
      const { container } = render(<HistoryTimeline entries={entries} tasks={[]} />);
      for (const type of types) {
        const item = screen.getByTestId(`timeline-${type}`);
        expect(item.textContent).toContain(requestStrings[lang].event[type]);
      }
      const text = container.textContent ?? '';
      // a missing label would show as its key path, or as the raw event key
      expect(text).not.toContain('request.');
      expect(text).not.toContain('_');
      if (lang === 'zh') expect(text).not.toMatch(/[a-z]{3,}/i);
    });
  }

  it('says to whom a request was transferred and who was added, in both languages', () => {
    const entries = [
      entry('transferred', { nodeName: HEAD, actor: LI, toUsers: [WANG], comment: '王五更熟悉' }),
      entry('signer_added', { nodeName: HEAD, actor: LI, toUsers: [ZHANG, WANG] }),
    ];
    const view = render(<HistoryTimeline entries={entries} tasks={[]} />);
    expect(screen.getByTestId('timeline-transferred').textContent).toContain('转交给 王五');
    expect(screen.getByTestId('timeline-transferred').textContent).toContain('王五更熟悉');
    expect(screen.getByTestId('timeline-signer_added').textContent).toContain('加签：张三、王五');
    view.unmount();
    setLang('en');
    render(<HistoryTimeline entries={entries} tasks={[]} />);
    expect(screen.getByTestId('timeline-transferred').textContent).toContain('Transferred to 王五');
  });

  it('shows a decided step once, with the reason its approver was asked', () => {
    const why = { zh: '申请人所在部门的负责人', en: "Head of the applicant's department" };
    const entries = [
      entry('submitted', { actor: ZHANG }),
      entry('step_started', { nodeName: HEAD, users: [LI], reason: why }),
      entry('approved', { nodeName: HEAD, actor: LI, comment: '同意，注意交接' }),
    ];
    render(<HistoryTimeline entries={entries} tasks={[task({ assignee: LI, status: 'approved' })]} />);
    expect(screen.queryByTestId('timeline-step_started')).toBeNull();
    expect(screen.queryByText(/等待处理/)).toBeNull();
    const approved = screen.getByTestId('timeline-approved');
    expect(approved.textContent).toContain('李四');
    expect(approved.textContent).toContain('意见：同意，注意交接');
    expect(approved.textContent).toContain('依据：申请人所在部门的负责人');
  });

  it('keeps a waiting step while someone still has to act, naming only them', () => {
    const entries = [
      entry('step_started', { nodeName: HEAD, users: [LI, WANG] }),
      entry('approved', { nodeName: HEAD, actor: LI }),
    ];
    render(<HistoryTimeline entries={entries} tasks={[task({ assignee: LI, status: 'approved' }), task({ assignee: WANG, status: 'pending' })]} />);
    expect(screen.getByTestId('timeline-step_started').textContent).toContain('待 王五 处理');
    expect(screen.getByTestId('timeline-step_started').textContent).not.toContain('李四');
  });

  it('shows a skipped step with its reason, a delegate, a signature and attachments', () => {
    const entries = [
      entry('step_skipped', { nodeName: HEAD, reason: { zh: '审批人与申请人相同', en: 'The approver is the applicant' } }),
      entry('approved', {
        nodeName: HEAD,
        actor: WANG,
        delegatedFrom: LI,
        signatureUrl: '/files/sig-1',
        attachments: [{ id: 'f 1', name: '交接清单.pdf', size: 1200, type: 'application/pdf' }],
      }),
    ];
    render(<HistoryTimeline entries={entries} tasks={[]} />);
    expect(screen.getByTestId('timeline-step_skipped').textContent).toContain('原因：审批人与申请人相同');
    expect(screen.getByTestId('timeline-delegated').textContent).toContain('代 李四 处理（委托）');
    expect(screen.getByTestId('timeline-signature').getAttribute('src')).toBe('/files/sig-1');
    expect(screen.getByRole('link', { name: /交接清单\.pdf/ }).getAttribute('href')).toBe('/files/f%201');
  });
});
