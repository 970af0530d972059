import { useState } from 'react';
import { Alert, Form, List, Modal, Radio, Spin, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { departmentHeads } from './department-head';
import type { OrgView, OrgViewUser } from './org-view';

type Target = 'head' | 'chosen';

/**
 * Marks a leaver (org.setUserLeft ends their sessions). Their open tasks are handed over first with
 * actions.reassign, to the department head or a chosen person: setUserLeft itself reassigns nothing,
 * so a failed hand-over leaves them active and the admin can try again.
 */
export function LeaverDialog({
  org,
  user,
  onClose,
}: {
  org: OrgView;
  user: OrgViewUser;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const heads = departmentHeads(org, user);
  const [target, setTarget] = useState<Target>(heads.length > 0 ? 'head' : 'chosen');
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // admins see every open task here; the API has no filter by assignee, so it is applied on this side
  const tasks = useQuery({
    ...trpc.supervision.tasks.queryOptions({ onlyOverdue: false, limit: 500 }),
    select: (rows) => rows.filter((r) => r.assigneeId === user.id),
  });
  const open = tasks.data ?? [];
  const leave = useMutation({
    mutationFn: async (toUserId: string | null) => {
      let done = 0;
      for (const task of open) {
        if (!toUserId) break;
        try {
          await client.actions.reassign.mutate({
            taskId: task.taskId,
            toUserId,
            reason: t('adminPeople.leaver.reason', { name: user.name }),
          });
          done += 1;
        } catch (e) {
          throw new Error(
            t('adminPeople.leaver.partly', { done, failed: open.length - done, error: errorText(e, lang) }),
          );
        }
      }
      await client.org.setUserLeft.mutate({ id: user.id, left: true });
      return done;
    },
    onSuccess: (count) => {
      toast('success', t('adminPeople.leaver.done', { name: user.name, count }));
      onClose();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() }),
  });
  const submit = () => {
    if (open.length === 0) return leave.mutate(null);
    const to = target === 'head' ? (heads[0]?.id ?? null) : chosen;
    if (!to) return setProblem(t('adminPeople.leaver.pickRequired'));
    setProblem(null);
    leave.mutate(to);
  };
  const leaveError =
    leave.error instanceof Error && !('data' in leave.error)
      ? leave.error.message
      : errorText(leave.error, lang);
  return (
    <Modal
      open
      title={t('adminPeople.leaver.title', { name: user.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('adminPeople.leaver.confirm')}
      okButtonProps={{
        danger: true,
        disabled: tasks.isPending || tasks.isError,
        ...{ 'data-testid': 'leaver-ok' },
      }}
      cancelText={t('adminPeople.cancel')}
      confirmLoading={leave.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('adminPeople.leaver.explain')}</Typography.Paragraph>
      {leave.isError && <Alert type="error" showIcon title={leaveError} style={{ marginBottom: 12 }} />}
      {tasks.isPending && <Spin description={t('adminPeople.leaver.loading')} />}
      {tasks.isError && (
        <Alert
          type="error"
          showIcon
          title={t('adminPeople.leaver.tasksFailed', { error: errorText(tasks.error, lang) })}
        />
      )}
      {tasks.isSuccess && open.length === 0 && (
        <Typography.Paragraph type="secondary">{t('adminPeople.leaver.none')}</Typography.Paragraph>
      )}
      {open.length > 0 && (
        <>
          <List
            size="small"
            bordered
            style={{ marginBottom: 12 }}
            dataSource={open}
            renderItem={(task) => (
              <List.Item data-testid="leaver-task">
                {task.serialNo} · {pick(task.templateTitle)} · {pick(task.nodeName)}
              </List.Item>
            )}
          />
          <Form layout="vertical" component="div">
            <Form.Item
              label={t('adminPeople.leaver.tasks', { count: open.length })}
              validateStatus={problem ? 'error' : undefined}
              help={problem}
            >
              <Radio.Group
                value={target}
                onChange={(e) => setTarget(e.target.value as Target)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              >
                <Radio value="head" disabled={heads.length === 0} data-testid="leaver-to-head">
                  {heads.length > 0
                    ? t('adminPeople.leaver.head', { names: heads[0]?.name ?? '' })
                    : t('adminPeople.leaver.noHead')}
                </Radio>
                <Radio value="chosen" data-testid="leaver-to-chosen">
                  {t('adminPeople.leaver.chosen')}
                </Radio>
              </Radio.Group>
              {target === 'chosen' && (
                <div style={{ marginTop: 8 }}>
                  <PersonSearchSelect
                    id="leaver-to"
                    value={chosen}
                    excludeIds={[user.id]}
                    placeholder={t('adminPeople.leaver.pick')}
                    onChange={(v) => {
                      setChosen(typeof v === 'string' ? v : null);
                      setProblem(null);
                    }}
                    invalid={problem !== null}
                    testId="leaver-picker"
                  />
                </div>
              )}
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
