import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Alert, Button, Input, Modal, Space } from 'antd';
import type { FormField, Localized } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { RouteOrg } from '../settings/route-org';
import type { ApproverExpression, FlowDefinition } from '../settings/route-types';
import { suggestedMapping } from './assignee-suggestions';
import { AssigneeMappingStep } from './AssigneeMappingStep';
import { importProblems } from './import-problems';
import { routeFromFile, ROUTE_FILE_ACCEPT } from './route-from-file';
import { routeFromJson } from './route-from-json';
import type { ForeignBpmn, RouteRead } from './route-read';
import './import.i18n';
import './route-import.css';

export interface RouteImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** called with the route as read, problems and all; the dialog closes itself afterwards */
  onImport: (flow: FlowDefinition) => void;
  /** the form's fields, so conditions are checked as the canvas checks them */
  fields?: readonly FormField[] | undefined;
  /** the tenant's org: names it does not have are listed; without it they are not checked */
  org?: RouteOrg | undefined;
  /** the route key to keep: a foreign BPMN file's process id is not the template's key */
  routeKey?: string | undefined;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'refused'; error: Localized; file?: string }
  | { kind: 'ready'; flow: FlowDefinition; foreign?: ForeignBpmn; file?: string };

/**
 * Paste a route as JSON or pick a .json / .bpmn file. A BPMN file Signoff exported reads back as
 * it was; one from another modeller gets a mapping step first (its candidate groups and assignees
 * onto the org, pre-filled by name), with the conditions it could not place on the form's fields
 * and the elements the engine cannot run listed. Text that is not JSON, XML
 * that is not well formed, or a value that is not a route is refused with the reason and imports
 * nothing. A route with problems (a cycle, a dangling edge, a position the org lacks) is imported
 * after the officer has seen them listed, so they can be fixed on the canvas, where they are drawn;
 * publishing stays refused until they are.
 */
export function RouteImportDialog({
  open,
  onClose,
  onImport,
  fields,
  org,
  routeKey,
}: RouteImportDialogProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  // a foreign BPMN file's mapping: the officer's choices over the name matches
  const [mapping, setMapping] = useState<Record<string, ApproverExpression>>({});
  const [suggested, setSuggested] = useState<ReadonlySet<string>>(new Set());
  const fileInput = useRef<HTMLInputElement>(null);
  // a file read that finishes after the text changed (or another file was picked) is old news
  const generation = useRef(0);

  const settle = (read: RouteRead, file?: string) => {
    const from = file === undefined ? {} : { file };
    if (read.ok && read.foreign) {
      const matched = suggestedMapping(read.foreign.imported.references, org);
      setMapping(matched);
      setSuggested(new Set(Object.keys(matched)));
    }
    setOutcome(
      read.ok
        ? { kind: 'ready', flow: read.flow, ...(read.foreign && { foreign: read.foreign }), ...from }
        : { kind: 'refused', error: read.error, ...from },
    );
  };

  // what goes on the canvas: a foreign file's draft with the mapping applied, under the template's key
  const ready = outcome.kind === 'ready' ? outcome : undefined;
  const flow = useMemo(() => {
    if (!ready) return undefined;
    if (!ready.foreign) return ready.flow;
    const mapped = ready.foreign.apply(mapping);
    return routeKey === undefined ? mapped : { ...mapped, key: routeKey };
  }, [ready, mapping, routeKey]);
  const problems = useMemo(() => (flow ? importProblems(flow, { fields, org }) : []), [flow, fields, org]);
  const onMap = (key: string, approvers: ApproverExpression) => {
    setMapping((m) => ({ ...m, [key]: approvers }));
    setSuggested((s) => new Set([...s].filter((k) => k !== key)));
  };

  const close = () => {
    generation.current++;
    setText('');
    setOutcome({ kind: 'none' });
    setMapping({});
    onClose();
  };

  const onText = (e: ChangeEvent<HTMLTextAreaElement>) => {
    generation.current++;
    setText(e.target.value);
    setOutcome({ kind: 'none' });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // the same file picked again after a fix must fire change again
    e.target.value = '';
    if (!file) return;
    const mine = ++generation.current;
    setOutcome({ kind: 'reading' });
    const read = await routeFromFile(file, { fields });
    if (mine === generation.current) settle(read, file.name);
  };

  const onPrimary = () => {
    if (flow) {
      onImport(flow);
      close();
      return;
    }
    settle(routeFromJson(text));
  };

  const primaryLabel =
    outcome.kind === 'ready'
      ? problems.length > 0
        ? t('routeImport.dialog.importAnyway', { count: problems.length })
        : t('routeImport.dialog.import')
      : t('routeImport.dialog.read');
  const from = (file: string | undefined) =>
    file === undefined ? '' : `${t('routeImport.dialog.fromFile', { name: file })} · `;

  return (
    <Modal
      open={open}
      title={t('routeImport.dialog.title')}
      onCancel={close}
      destroyOnHidden
      width={ready?.foreign ? 820 : 640}
      footer={
        <Space>
          <Button onClick={close}>{t('routeImport.dialog.cancel')}</Button>
          <Button
            type="primary"
            danger={outcome.kind === 'ready' && problems.length > 0}
            onClick={onPrimary}
            loading={outcome.kind === 'reading'}
            disabled={outcome.kind === 'reading' || (outcome.kind !== 'ready' && text.trim() === '')}
            data-testid="route-import-confirm"
          >
            {primaryLabel}
          </Button>
        </Space>
      }
    >
      <div className="ri-body" data-testid="route-import-dialog">
        <p className="fd-muted">{t('routeImport.dialog.intro')}</p>
        <Input.TextArea
          className="ri-text"
          aria-label={t('routeImport.dialog.pasteLabel')}
          placeholder={t('routeImport.dialog.pastePlaceholder')}
          value={text}
          onChange={onText}
          autoSize={{ minRows: ready?.file === undefined ? 6 : 2, maxRows: 14 }}
          spellCheck={false}
        />
        <div>
          <input
            ref={fileInput}
            type="file"
            accept={ROUTE_FILE_ACCEPT}
            aria-label={t('routeImport.dialog.fileLabel')}
            className="ri-file"
            tabIndex={-1}
            data-testid="route-import-file"
            onChange={(e) => void onFile(e)}
          />
          <Button onClick={() => fileInput.current?.click()}>{t('routeImport.dialog.pickFile')}</Button>
        </div>
        {outcome.kind === 'refused' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="route-import-error"
            title={t('routeImport.dialog.refused')}
            description={from(outcome.file) + pick(outcome.error)}
          />
        )}
        {ready?.foreign && (
          <AssigneeMappingStep
            imported={ready.foreign.imported}
            mapping={mapping}
            suggested={suggested}
            onMap={onMap}
            fields={fields ?? []}
            org={org}
          />
        )}
        {ready && flow && (
          <Alert
            type={problems.length > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="route-import-result"
            title={
              from(ready.file) +
              t('routeImport.dialog.summary', {
                nodes: flow.nodes.length,
                edges: flow.edges.length,
              })
            }
            description={
              problems.length === 0 ? (
                t('routeImport.dialog.clean')
              ) : (
                <>
                  <strong>{t('routeImport.dialog.problemsTitle', { count: problems.length })}</strong>
                  <p>{t('routeImport.dialog.problemsHelp')}</p>
                  <ul className="ri-problems" data-testid="route-import-problems">
                    {problems.map((p, i) => (
                      <li key={`${p.code}/${p.nodeId ?? p.edgeId ?? p.path ?? ''}/${i}`} data-code={p.code}>
                        {pick(p.message)}
                      </li>
                    ))}
                  </ul>
                </>
              )
            }
          />
        )}
      </div>
    </Modal>
  );
}
