import { useEffect, useMemo, useState } from 'react';
import { Alert, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { errorText, fieldErrorsOf, isUnauthorized, type FieldErrorData } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { localDraftKey, readLocalDraft, writeLocalDraft } from '../form-renderer/drafts/local-draft';
import { pickDraft } from '../form-renderer/drafts/pick-draft';
import { useDraftSync } from '../form-renderer/drafts/use-draft-sync';
import { DraftPrompt } from '../form-renderer/fill/DraftPrompt';
import { DraftStatusText } from '../form-renderer/fill/DraftStatusText';
import { SubmitBar } from '../form-renderer/fill/SubmitBar';
import { focusField } from '../form-renderer/focus-field';
import { FormRenderer } from '../form-renderer/FormRenderer';
import { useFormStore } from '../form-renderer/use-field';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import '../form-renderer/fill/fill-page.css';
import { toast } from '../layout/toast';
import { Heading, LoadingLines } from '../layout/Text';

/** How the form opens: empty, or from a draft; `key` makes a fresh store for each choice. */
interface Opening {
  key: string;
  initial?: Record<string, unknown>;
  restored?: boolean;
}

export default function FillFormPage() {
  const { templateId = '' } = useParams();
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const template = useQuery(trpc.forms.get.queryOptions({ templateId }));
  const serverDraft = useQuery({
    ...trpc.drafts.get.queryOptions({ templateId }),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const storageKey = me.data ? localDraftKey(me.data.tenant.id, me.data.user.id, templateId) : null;
  const versionId = template.data?.versionId ?? '';
  const draftKnown = !serverDraft.isPending && storageKey !== null && template.data !== undefined;

  const offer = useMemo(
    () =>
      draftKnown && storageKey ? pickDraft(readLocalDraft(storageKey), serverDraft.data, versionId) : null,
    [draftKnown, storageKey, serverDraft.data, versionId],
  );
  const [opening, setOpening] = useState<Opening | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [leftover, setLeftover] = useState<FieldErrorData[]>([]);

  // no draft, or one left by an expired session: open without asking (once; later changes to the offer do not reopen)
  useEffect(() => {
    if (opening || !draftKnown) return;
    if (!offer) setOpening({ key: 'fresh' });
    else if (offer.resume) setOpening({ key: 'resumed', initial: offer.data, restored: true });
  }, [opening, draftKnown, offer]);

  useEffect(() => {
    if (!opening?.restored || !storageKey) return;
    toast('info', t('renderer.draft.restored'));
    const local = readLocalDraft(storageKey);
    if (local)
      writeLocalDraft(storageKey, { data: local.data, savedAt: local.savedAt, versionId: local.versionId });
  }, [opening, storageKey, t]);

  const store = useFormStore(
    template.data && opening
      ? {
          model: template.data.model,
          schema: template.data.schema,
          uiSchema: template.data.uiSchema,
          // the applicant's rank, departments and positions, for rules that read them, as the server evaluates them
          ...template.data.applicantContext,
          ...(opening.initial ? { initial: opening.initial } : {}),
        }
      : undefined,
    opening?.key,
  );
  const drafts = useDraftSync(store, templateId, versionId, storageKey);
  const submit = useMutation(
    trpc.instances.submit.mutationOptions({
      // runs even when the app has already left for the login page: keep everything for the return
      onError: (e) => {
        if (isUnauthorized(e) && storageKey && store)
          writeLocalDraft(storageKey, {
            data: store.data(),
            savedAt: new Date().toISOString(),
            versionId,
            resume: true,
          });
      },
    }),
  );

  if (template.isPending || me.isPending) return <LoadingLines rows={8} label={t('header.loading')} />;
  if (template.isError) return <Alert type="error" showIcon title={errorText(template.error, lang)} />;
  const { title } = template.data;

  const discardDraft = () => {
    setDiscarding(true);
    drafts
      .discard()
      .catch(() => undefined)
      .finally(() => {
        setDiscarding(false);
        setOpening({ key: 'discarded' });
        void queryClient.invalidateQueries(trpc.drafts.pathFilter());
      });
  };

  const onSubmit = async () => {
    if (!store) return;
    setSubmitError(null);
    await store.ready();
    const check = store.validate();
    setLeftover(check.leftover);
    if (!check.ok) {
      const first = store.firstErrorKey();
      if (first) focusField(first);
      toast('error', t('renderer.fill.fixErrors'));
      return;
    }
    submit.mutate(
      { templateId, data: store.values() },
      {
        onSuccess: (res) => {
          toast('success', t('renderer.fill.submitted', { serialNo: res.serialNo }));
          void queryClient.invalidateQueries(trpc.instances.mine.pathFilter());
          // the draft is gone on the server; make sure no late save of ours brings it back before leaving
          void drafts.forget().finally(() => {
            void queryClient.invalidateQueries(trpc.drafts.pathFilter());
            void navigate(`/requests/${encodeURIComponent(res.id)}`);
          });
        },
        onError: (e) => {
          setSubmitError(e);
          const fieldErrors = fieldErrorsOf(e);
          if (fieldErrors.length > 0) {
            setLeftover(store.applyServerErrors(fieldErrors));
            const first = store.firstErrorKey();
            if (first) focusField(first);
          }
        },
      },
    );
  };

  const relogin = () => void navigate('/login', { state: { from: location.pathname } });

  return (
    <div className="signoff-fill">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <div className="signoff-fill-head">
          <Heading level={4}>{pick(title)}</Heading>
          <DraftStatusText status={drafts.status} onRelogin={relogin} />
        </div>
        {submitError !== null && (
          <Alert
            type="error"
            showIcon
            title={errorText(submitError, lang)}
            description={leftover.length > 0 ? leftover.map((l) => pick(l.message)).join('；') : undefined}
            data-testid="submit-error"
          />
        )}
        {submitError === null && leftover.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('renderer.fill.otherErrors')}
            description={leftover.map((l) => pick(l.message)).join('；')}
            data-testid="submit-error"
          />
        )}
        {!opening && offer && !offer.resume && (
          <DraftPrompt
            offer={offer}
            discarding={discarding}
            onResume={() => setOpening({ key: 'draft', initial: offer.data })}
            onDiscard={discardDraft}
          />
        )}
        {!opening && !offer && <LoadingLines rows={6} label={t('header.loading')} />}
        {store && (
          // a plain panel rather than antd's Card, which brings Tabs (13 kB gzip) along to this page
          <section className="signoff-form-panel" aria-label={pick(title)}>
            <FormRenderer store={store} disabled={submit.isPending} />
            <SubmitBar
              store={store}
              onSubmit={() => void onSubmit()}
              onCancel={() => void navigate(-1)}
              submitting={submit.isPending}
            />
          </section>
        )}
      </Space>
    </div>
  );
}
