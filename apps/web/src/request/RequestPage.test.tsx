import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { RequestView } from './RequestPage';
import type { RequestDetail } from './request-detail';
import { leaveDetail } from './test/detail-fixture';
import { testApi, type Answer } from './test/test-api';
import { screenWidth } from './test/screen-width';
import { shimCanvas } from './test/canvas-shim';

// antd's first dialogs and the lazily loaded signature pad are slow on a loaded 2-core box
configure({ asyncUtilTimeout: 10_000 });

let restore: () => void = () => undefined;
beforeEach(() => {
  restore = screenWidth(1280);
});
afterEach(() => restore());

function renderPage(detail: RequestDetail, answers: Record<string, Answer> = {}) {
  const api = testApi({ 'auth.me': () => null, ...answers });
  const view = render(api.wrap(<RequestView detail={detail} />));
  return { ...api, ...view };
}

const dialog = () => {
  const el = document.querySelector('.ant-modal');
  if (!(el instanceof HTMLElement)) throw new Error('no dialog open');
  return el;
};
const confirmDialog = () => {
  const ok = dialog().querySelector('.ant-modal-footer .ant-btn-primary');
  if (!(ok instanceof HTMLElement)) throw new Error('no OK button');
  fireEvent.click(ok);
};

/** What the server sends an approver whose step may change the days, read the type, and not see the reason. */
function approverView(): RequestDetail {
  const d = leaveDetail();
  return {
    ...d,
    fieldAccess: { type: 'read', days: 'edit' },
    data: { type: '事假', days: 3 },
    uiSchema: { ...d.uiSchema, order: ['type', 'days'] },
    model: { ...d.model, fields: d.model.fields.filter((f) => f.key !== 'reason') },
    schema: {
      type: 'object',
      properties: { type: { type: 'string' }, days: { type: 'number', minimum: 0.5, maximum: 365 } },
    },
  };
}

describe('RequestView', () => {
  it('shows the header, the route with the current step, and the timeline', () => {
    renderPage(leaveDetail());
    expect(screen.getByTestId('serial-no').textContent).toBe('QJ-202611-0001');
    expect(screen.getByTestId('detail-title').textContent).toBe('请假申请');
    expect(screen.getByTestId('route-step-current').textContent).toBe('部门负责人审批');
    expect(screen.getByTestId('route-step-current').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('timeline-step_started').textContent).toContain('待 李四 处理');
    expect(screen.getByTestId('print-link').getAttribute('href')).toBe('/requests/inst-1/print');
  });

  it('marks a request imported from another system, with the file and row it came from, and offers no action', () => {
    renderPage({
      ...leaveDetail(),
      status: 'approved',
      availableActions: [],
      myOpenTask: null,
      importedFrom: { file: '旧OA导出.xlsx', sheet: '请假申请', row: 7 },
    });
    expect(screen.getByTestId('imported-tag').textContent).toBe('已导入');
    expect(screen.getByText('旧OA导出.xlsx，工作表「请假申请」第 7 行')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull();
  });

  it('shows no imported mark on a request filed in Signoff', () => {
    renderPage(leaveDetail());
    expect(screen.queryByTestId('imported-tag')).toBeNull();
  });

  it("draws the step's permissions: editable, read-only, and hidden fields absent", () => {
    const { container } = renderPage(approverView());
    expect(screen.getByText('本步骤可修改标出的字段，修改会随你的决定一起提交')).toBeTruthy();
    expect(container.querySelector('input#days, #days input')).not.toBeNull();
    // read-only: the value as text, no select to change it
    expect(screen.getByText('事假')).toBeTruthy();
    expect(container.querySelector('.ant-select')).toBeNull();
    expect(screen.queryByText('请假事由')).toBeNull();
  });

  it('sends the edited fields with the approval', async () => {
    const api = renderPage(approverView(), { 'actions.approve': () => ({ ok: true }) });
    const days = document.querySelector('input#days, #days input');
    if (!(days instanceof HTMLInputElement)) throw new Error('no days input');
    fireEvent.change(days, { target: { value: '2' } });
    fireEvent.blur(days);
    fireEvent.click(screen.getByTestId('action-approve'));
    // the edited fields are checked first (the validator loads lazily), then the dialog opens
    await waitFor(() => expect(within(dialog()).getByText(/将一并提交修改的字段：请假天数/)).toBeTruthy());
    fireEvent.change(within(dialog()).getByTestId('action-text'), { target: { value: '改为两天' } });
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.approve')).toHaveLength(1));
    expect(api.callsTo('actions.approve')[0]?.input).toEqual({
      taskId: 'task-li',
      comment: '改为两天',
      data: { days: 2 },
    });
  });

  it('approves by signing where the node requires it, with the saved signature in one tap', async () => {
    const unshim = shimCanvas();
    onTestFinished(unshim);
    const api = renderPage(leaveDetail({ signatureRequired: true }), {
      'account.signature': () => ({ attachmentId: 'sig-saved', url: '/files/sig-saved' }),
      'actions.approve': () => ({ ok: true }),
    });
    fireEvent.click(screen.getByTestId('action-approve'));
    confirmDialog();
    expect(await within(dialog()).findByText('请先签名')).toBeTruthy();
    expect(api.callsTo('actions.approve')).toHaveLength(0);
    fireEvent.click(await within(dialog()).findByTestId('signature-use-saved'));
    expect((await within(dialog()).findByTestId('signature-chosen')).getAttribute('src')).toBe(
      '/files/sig-saved',
    );
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.approve')).toHaveLength(1));
    expect(api.callsTo('actions.approve')[0]?.input).toEqual({ taskId: 'task-li', signature: 'sig-saved' });
    // the saved signature is the signer's own file, not linked to this one request
    expect(api.callsTo('attachments.attach')).toHaveLength(0);
  });

  it('lets the applicant correct a returned request and resubmit it', async () => {
    const returned = leaveDetail({
      myOpenTask: null,
      availableActions: ['resubmit', 'withdraw', 'comment'],
      fieldAccess: { type: 'read', days: 'read', reason: 'read' },
    });
    const api = renderPage(
      {
        ...returned,
        schema: {
          type: 'object',
          properties: { type: { type: 'string' }, days: { type: 'number' }, reason: { type: 'string' } },
        },
      },
      { 'actions.resubmit': () => ({ ok: true }) },
    );
    expect(screen.getByText('申请已退回给你，可修改后重新提交或撤回')).toBeTruthy();
    expect(screen.queryByTestId('action-approve')).toBeNull();
    fireEvent.click(screen.getByTestId('action-resubmit'));
    const reason = await waitFor(() => {
      const el = dialog().querySelector('textarea#reason, #reason textarea');
      if (!(el instanceof HTMLTextAreaElement)) throw new Error('no reason field');
      return el;
    });
    expect(reason.value).toBe('家中有事');
    fireEvent.change(reason, { target: { value: '家中有事，已安排交接' } });
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.resubmit')).toHaveLength(1));
    const sent = api.callsTo('actions.resubmit')[0]?.input as {
      instanceId: string;
      form: Record<string, unknown>;
    };
    expect(sent.instanceId).toBe('inst-1');
    expect(sent.form).toMatchObject({ type: '事假', days: 3, reason: '家中有事，已安排交接' });
  });

  it('refuses a file of a refused type before uploading it, and comments with text', async () => {
    const api = renderPage(leaveDetail(), { 'actions.comment': () => ({ ok: true }) });
    fireEvent.click(screen.getByTestId('action-comment'));
    const input = dialog().querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    fireEvent.change(input, {
      target: { files: [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })] },
    });
    expect((await within(dialog()).findByTestId('upload-refused')).textContent).toContain(
      'setup.exe 的类型不能上传',
    );
    confirmDialog();
    expect(await within(dialog()).findByText('请填写评论内容')).toBeTruthy();
    fireEvent.change(within(dialog()).getByTestId('action-text'), { target: { value: '交接清单已发邮件' } });
    confirmDialog();
    await waitFor(() => expect(api.callsTo('actions.comment')).toHaveLength(1));
    expect(api.callsTo('actions.comment')[0]?.input).toEqual({
      instanceId: 'inst-1',
      text: '交接清单已发邮件',
    });
  });
});
