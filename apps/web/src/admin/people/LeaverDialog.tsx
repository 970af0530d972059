import { useState } from 'react';
import { Alert, Form, List, Modal, Radio, Spin, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, useTRPCClient, type RouterOutputs } from '../../api/trpc';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { OrgViewUser } from './org-view';

type Target = 'head' | 'chosen';
type Handover = { to: 'departmentHead' } | { to: 'user'; userId: string };
type Plan = RouterOutputs['org']['setUserLeft'];

const HEAD: Handover = { to: 'departmentHead' };

/**
 * Marks a leaver with one call to org.setUserLeft, which hands every open task over (to the head
 * above them, or a chosen person) and marks them left in one transaction on the server: nothing is
 * half done if it is refused. A dry run of the same call lists the tasks and who would take each.
 */
export function LeaverDialog({ user, onClose }: { user: OrgViewUser; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Target | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const planFor = (handover: Handover) => ({
    queryKey: ['leaverPlan', user.id, handover],
    queryFn: () => client.org.setUserLeft.mutate({ id: user.id, left: true, handover, dryRun: true }),
    retry: false,
  });
  const headPlan = useQuery(planFor(HEAD));
  const chosenHandover: Handover | null = chosen ? { to: 'user', userId: chosen } : null;
  const chosenPlan = useQuery({
    ...planFor(chosenHandover ?? HEAD),
    enabled: chosenHandover !== null,
    placeholderData: keepPreviousData,
  });
  const rows = headPlan.data?.handovers ?? [];
  const headsCan = rows.length > 0 && rows.every((r) => r.toUserId !== null);
  const effective: Target = target ?? (headPlan.isSuccess && !headsCan ? 'chosen' : 'head');
  const shown: Plan | undefined =
    effective === 'head' ? headPlan.data : chosenHandover ? chosenPlan.data : undefined;
  const shownRows = shown?.handovers ?? rows;
  const heads = [...new Set(rows.flatMap((r) => (r.toName ? [r.toName] : [])))];

  const leave = useMutation({
    mutationFn: (handover: Handover | null) =>
      client.org.setUserLeft.mutate({ id: user.id, left: true, ...(handover ? { handover } : {}) }),
    onSuccess: (result) => {
      toast('success', t('adminPeople.leaver.done', { name: user.name, count: result.handovers.length }));
      onClose();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() }),
  });
  const submit = () => {
    if (rows.length === 0) return leave.mutate(null);
    const handover = effective === 'head' ? HEAD : chosenHandover;
    if (!handover) return setProblem(t('adminPeople.leaver.pickRequired'));
    setProblem(null);
    leave.mutate(handover);
  };
  // a plan the server would refuse is not offered: each task's reason is shown on its row instead
  const chosenCan =
    chosenPlan.isSuccess &&
    !chosenPlan.isFetching &&
    chosenPlan.data.handovers.every((r) => r.toUserId !== null);
  const blocked = effective === 'chosen' ? chosenHandover !== null && !chosenCan : !headsCan;
  return (
    <Modal
      open
      title={t('adminPeople.leaver.title', { name: user.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('adminPeople.leaver.confirm')}
      okButtonProps={{
        danger: true,
        disabled: headPlan.isPending || headPlan.isError || (rows.length > 0 && blocked),
        ...{ 'data-testid': 'leaver-ok' },
      }}
      cancelText={t('adminPeople.cancel')}
      confirmLoading={leave.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('adminPeople.leaver.explain')}</Typography.Paragraph>
      {leave.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(leave.error, lang)}
          style={{ marginBottom: 12 }}
          data-testid="leaver-error"
        />
      )}
      {effective === 'chosen' && chosenHandover && chosenPlan.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(chosenPlan.error, lang)}
          style={{ marginBottom: 12 }}
          data-testid="leaver-chosen-error"
        />
      )}
      {headPlan.isPending && <Spin description={t('adminPeople.leaver.loading')} />}
      {headPlan.isError && (
        <Alert
          type="error"
          showIcon
          title={t('adminPeople.leaver.tasksFailed', { error: errorText(headPlan.error, lang) })}
        />
      )}
      {headPlan.isSuccess && rows.length === 0 && (
        <Typography.Paragraph type="secondary">{t('adminPeople.leaver.none')}</Typography.Paragraph>
      )}
      {(headPlan.data?.copiesKept ?? 0) > 0 && (
        <Typography.Paragraph type="secondary" data-testid="leaver-copies">
          {t('adminPeople.leaver.copies', { count: headPlan.data?.copiesKept ?? 0 })}
        </Typography.Paragraph>
      )}
      {rows.length > 0 && (
        <>
          <List
            size="small"
            bordered
            style={{ marginBottom: 12, maxHeight: 240, overflowY: 'auto' }}
            dataSource={shownRows}
            renderItem={(task) => (
              <List.Item data-testid="leaver-task">
                <div>
                  <span>
                    {task.serialNo} · {pick(task.templateTitle)} · {pick(task.nodeName)}
                  </span>
                  {shown && task.toName && (
                    <Typography.Text type="secondary" data-testid="leaver-task-to">
                      {' '}
                      → {task.toName}
                    </Typography.Text>
                  )}
                  {shown && task.problem && (
                    <Typography.Text
                      type="danger"
                      data-testid="leaver-task-problem"
                      style={{ display: 'block' }}
                    >
                      {pick(task.problem)}
                    </Typography.Text>
                  )}
                </div>
              </List.Item>
            )}
          />
          <Form layout="vertical" component="div">
            <Form.Item
              label={t('adminPeople.leaver.tasks', { count: rows.length })}
              validateStatus={problem ? 'error' : undefined}
              help={problem}
            >
              <Radio.Group
                value={effective}
                onChange={(e) => setTarget(e.target.value as Target)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              >
                <Radio value="head" disabled={heads.length === 0} data-testid="leaver-to-head">
                  {heads.length > 0
                    ? t('adminPeople.leaver.head', { names: heads.join('、') })
                    : t('adminPeople.leaver.noHead')}
                </Radio>
                <Radio value="chosen" data-testid="leaver-to-chosen">
                  {t('adminPeople.leaver.chosen')}
                </Radio>
              </Radio.Group>
              {effective === 'chosen' && (
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
