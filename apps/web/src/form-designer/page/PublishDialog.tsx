import { useMemo, useState } from 'react';
import { Alert, Button, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { diffForms, type FormModel, type ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { TemplateDesign } from './use-template-design';

/**
 * Publishing: refused while the model has problems; otherwise the changes against the published
 * version in words, the breaking ones first, and a confirmation. The draft is saved before.
 */
export function PublishDialog(p: {
  design: TemplateDesign;
  model: FormModel;
  problems: readonly ModelProblem[];
  saved: boolean;
  flush: () => Promise<void>;
  onClose: () => void;
  onPublished: () => void;
  onShowProblems: () => void;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const publish = useMutation(trpc.forms.publish.mutationOptions());
  const [error, setError] = useState<unknown>(null);
  const changes = useMemo(
    () => (p.design.published ? diffForms(p.design.published, p.model) : []),
    [p.design.published, p.model],
  );
  const breaking = changes.filter((c) => c.breaking);
  const other = changes.filter((c) => !c.breaking);
  const blocked = p.problems.length > 0;

  const confirm = async () => {
    setError(null);
    try {
      if (!p.saved) await p.flush();
      const r = await publish.mutateAsync({ templateId: p.design.templateId });
      toast('success', t('designerPage.publish.done', { version: r.version }));
      await queryClient.invalidateQueries({
        queryKey: trpc.forms.versions.queryKey({ templateId: p.design.templateId }),
      });
      p.onPublished();
      p.onClose();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal
      open
      title={t('designerPage.publish.title')}
      onCancel={p.onClose}
      footer={
        blocked
          ? [
              <Button key="problems" onClick={p.onShowProblems} disabled={p.problems.length === 0}>
                {t('designerPage.problems.title')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={p.onClose}>
                {t('designerPage.publish.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                danger={breaking.length > 0}
                loading={publish.isPending}
                onClick={() => void confirm()}
                data-testid="publish-confirm"
              >
                {t('designerPage.publish.confirm')}
              </Button>,
            ]
      }
    >
      <div data-testid="publish-dialog">
        {p.problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('designerPage.publish.blocked', { count: p.problems.length })}
          />
        ) : !p.design.published ? (
          <p>{t('designerPage.publish.first')}</p>
        ) : breaking.length === 0 ? (
          <p>{t('designerPage.publish.noBreaking')}</p>
        ) : (
          <>
            <p>{t('designerPage.publish.breaking')}</p>
            <ul className="fd-breaking" data-testid="publish-breaking">
              {breaking.map((c, i) => (
                <li key={`${c.field}/${c.kind}/${i}`}>{pick(c.message)}</li>
              ))}
            </ul>
          </>
        )}
        {!blocked && other.length > 0 && (
          <>
            <p className="fd-muted">{t('designerPage.publish.otherChanges')}</p>
            <ul className="fd-muted">
              {other.map((c, i) => (
                <li key={`${c.field}/${c.kind}/${i}`}>{pick(c.message)}</li>
              ))}
            </ul>
          </>
        )}
        {error !== null && (
          <Alert
            type="error"
            showIcon
            title={t('designerPage.publish.failed', { error: errorText(error, lang) })}
          />
        )}
      </div>
    </Modal>
  );
}
