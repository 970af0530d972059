import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Button, Input, Modal, Space, Tag } from 'antd';
import {
  parseRouteText,
  type RouteTextResult,
  type TextSegment,
  type UnplacedText,
} from '@signoff/route-text';
import type { FormModel, Locale } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { describeRule } from '../../form-designer/condition-builder/describe-condition';
import { useLang } from '../../i18n/use-lang';
import { approverInWords } from '../settings/approver-in-words';
import type { RouteOrg } from '../settings/route-org';
import type { FlowDefinition } from '../settings/route-types';
import { orgSnapshotOf } from '../simulation/simulation-org';
import { draftOutline, outlineSteps, type OutlineItem, type OutlinePath } from './draft-outline';
import './import.i18n';
import './route-import.css';

export interface RouteTextDialogProps {
  open: boolean;
  onClose: () => void;
  /** the draft to put on the canvas in place of the route (one undoable command) */
  onAccept: (flow: FlowDefinition) => void;
  /** the form: its fields are what conditions in the text can be put on */
  form: FormModel;
  /** the tenant's org, the parser's vocabulary; undefined while it loads */
  org: RouteOrg | undefined;
  /** the route key to keep */
  routeKey?: string | undefined;
}

/** The unplaced items a stretch of the line covers (neighbouring ones are one highlighted stretch). */
const within = (seg: TextSegment, unplaced: readonly UnplacedText[]) =>
  unplaced.filter((u) => u.start < seg.end && u.end > seg.start);

interface OutlineProps {
  items: readonly OutlineItem[];
  form: FormModel;
  org: RouteOrg | undefined;
  lang: Locale;
}

/**
 * The draft in words. A branch that only passes a step over (the parser's "skip the department
 * head when the applicant is one", or a step in brackets with its condition) reads as a note on
 * that step rather than as two paths, one of them empty.
 */
function Outline(props: OutlineProps) {
  const { t } = useTranslation();
  if (props.items.length === 0) return <p className="fd-muted">{t('routeImport.text.skip')}</p>;
  return (
    <ul className="rt-outline">
      <OutlineItems {...props} />
    </ul>
  );
}

function OutlineItems({ items, form, org, lang }: OutlineProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const when = (edge: OutlinePath['edge']) =>
    edge.condition ? describeRule(edge.condition, form.fields, lang) : t('routeImport.text.noCondition');
  return items.map((item) => {
    if (item.kind === 'step')
      return (
        <li key={item.node.id} data-testid="route-text-step" data-node={item.node.id}>
          <Tag>{t(`routeImport.text.kinds.${item.node.type}`)}</Tag>
          <strong>{pick(item.node.name)}</strong>
          <span className="fd-muted">
            {' · '}
            {approverInWords(item.node.approvers, { fields: form.fields, org }, lang)}
          </span>
        </li>
      );
    const [a, b] = item.paths;
    const guard =
      item.node.type === 'branch' &&
      item.paths.length === 2 &&
      a &&
      b &&
      (a.items.length === 0) !== (b.items.length === 0)
        ? { empty: a.items.length === 0 ? a : b, full: a.items.length === 0 ? b : a }
        : undefined;
    if (guard)
      return (
        <li key={item.node.id} className="rt-guarded" data-testid="route-text-guard">
          <span className="rt-when">
            {guard.empty.edge.isDefault
              ? t('routeImport.text.onlyWhen', { when: when(guard.full.edge) })
              : t('routeImport.text.skipWhen', { when: when(guard.empty.edge) })}
          </span>
          <Outline items={guard.full.items} form={form} org={org} lang={lang} />
        </li>
      );
    return (
      <li key={item.node.id} className="rt-split" data-testid="route-text-branch">
        <strong>{pick(item.node.name)}</strong>
        <ul className="rt-paths">
          {item.paths.map((p) => (
            <li key={p.edge.id}>
              <span className="rt-when">
                {p.edge.isDefault
                  ? t('routeImport.text.otherwise')
                  : t('routeImport.text.path', { when: when(p.edge) })}
              </span>
              <Outline items={p.items} form={form} org={org} lang={lang} />
            </li>
          ))}
        </ul>
      </li>
    );
  });
}

/**
 * 从文字生成: paste a line of route description, see the draft the parser reads from it on the
 * tenant's org and form (the steps in words, the branches with their conditions) and every stretch
 * of the line it could not place, marked in the line and listed with the reason; accepting puts
 * the draft on the canvas in place of the route, as one undoable command. Nothing leaves the
 * browser: the parser is pure.
 */
export function RouteTextDialog({ open, onClose, onAccept, form, org, routeKey }: RouteTextDialogProps) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const [text, setText] = useState('');
  const line = useDeferredValue(text);
  const snapshot = useMemo(() => (org ? orgSnapshotOf(org) : undefined), [org]);
  const result: RouteTextResult | undefined = useMemo(
    () =>
      snapshot && line.trim() !== ''
        ? parseRouteText(line, { org: snapshot, form, ...(routeKey !== undefined && { key: routeKey }) })
        : undefined,
    [line, snapshot, form, routeKey],
  );
  const outline = useMemo(() => (result ? draftOutline(result.flow) : []), [result]);
  const steps = outlineSteps(outline);

  const close = () => {
    setText('');
    onClose();
  };
  const accept = () => {
    if (!result || steps === 0) return;
    onAccept(routeKey === undefined ? result.flow : { ...result.flow, key: routeKey });
    close();
  };
  const unplaced = result?.unplaced ?? [];

  return (
    <Modal
      open={open}
      title={t('routeImport.text.title')}
      onCancel={close}
      destroyOnHidden
      width={760}
      footer={
        <Space>
          <span className="fd-muted">{t('routeImport.text.replaces')}</span>
          <Button onClick={close}>{t('routeImport.text.cancel')}</Button>
          <Button
            type="primary"
            danger={unplaced.length > 0}
            disabled={!result || steps === 0 || line !== text}
            onClick={accept}
            data-testid="route-text-accept"
          >
            {unplaced.length > 0
              ? t('routeImport.text.acceptAnyway', { count: unplaced.length })
              : t('routeImport.text.accept')}
          </Button>
        </Space>
      }
    >
      <div className="ri-body" data-testid="route-text-dialog">
        <p className="fd-muted">{t('routeImport.text.intro')}</p>
        {!org && <Alert type="info" showIcon title={t('routeImport.text.noOrg')} />}
        <Input.TextArea
          aria-label={t('routeImport.text.label')}
          placeholder={t('routeImport.text.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          disabled={!org}
          data-testid="route-text-input"
        />
        {result && (
          <>
            <p className="rt-line" aria-label={t('routeImport.text.lineLabel')} data-testid="route-text-line">
              {result.segments.map((seg) =>
                seg.kind === 'unplaced' ? (
                  <mark
                    key={seg.start}
                    className="rt-unplaced"
                    title={within(seg, unplaced)
                      .map((u) => pick(u.reason))
                      .join('；')}
                    data-testid="route-text-unplaced-mark"
                  >
                    {seg.text}
                  </mark>
                ) : (
                  <span key={seg.start} className={`rt-${seg.kind}`}>
                    {seg.text}
                  </span>
                ),
              )}
            </p>
            <Alert
              type={unplaced.length > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="route-text-unplaced"
              title={
                unplaced.length > 0
                  ? t('routeImport.text.unplacedTitle', { count: unplaced.length })
                  : t('routeImport.text.allPlaced')
              }
              description={
                unplaced.length > 0 ? (
                  <ul className="ri-problems">
                    {unplaced.map((u) => (
                      <li key={`${u.start}-${u.end}`} data-code={u.reason.code}>
                        {t('routeImport.text.unplacedItem', { text: u.text, reason: pick(u.reason) })}
                      </li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
            <div className="rt-draft" data-testid="route-text-draft">
              <strong>
                {steps > 0
                  ? t('routeImport.text.draftTitle', { count: steps })
                  : t('routeImport.text.noSteps')}
              </strong>
              <Outline items={outline} form={form} org={org} lang={lang} />
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
