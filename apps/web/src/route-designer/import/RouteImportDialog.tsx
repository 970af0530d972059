import { useRef, useState, type ChangeEvent } from 'react';
import { Alert, Button, Input, Modal, Space } from 'antd';
import type { FormField, Localized } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { RouteOrg } from '../settings/route-org';
import type { FlowDefinition, FlowProblem } from '../settings/route-types';
import { importProblems } from './import-problems';
import { routeFromFile, ROUTE_FILE_ACCEPT } from './route-from-file';
import { routeFromJson } from './route-from-json';
import type { RouteRead } from './route-read';
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
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'refused'; error: Localized; file?: string }
  | { kind: 'ready'; flow: FlowDefinition; problems: FlowProblem[]; file?: string };

/**
 * Paste a route as JSON or pick a .json / Signoff-exported .bpmn file. Text that is not JSON, XML
 * that is not well formed, or a value that is not a route is refused with the reason and imports
 * nothing. A route with problems (a cycle, a dangling edge, a position the org lacks) is imported
 * after the officer has seen them listed, so they can be fixed on the canvas, where they are drawn;
 * publishing stays refused until they are.
 */
export function RouteImportDialog({ open, onClose, onImport, fields, org }: RouteImportDialogProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  // a file read that finishes after the text changed (or another file was picked) is old news
  const generation = useRef(0);

  const settle = (read: RouteRead, file?: string) => {
    const from = file === undefined ? {} : { file };
    setOutcome(
      read.ok
        ? { kind: 'ready', flow: read.flow, problems: importProblems(read.flow, { fields, org }), ...from }
        : { kind: 'refused', error: read.error, ...from },
    );
  };

  const close = () => {
    generation.current++;
    setText('');
    setOutcome({ kind: 'none' });
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
    const read = await routeFromFile(file);
    if (mine === generation.current) settle(read, file.name);
  };

  const onPrimary = () => {
    if (outcome.kind === 'ready') {
      onImport(outcome.flow);
      close();
      return;
    }
    settle(routeFromJson(text));
  };

  const primaryLabel =
    outcome.kind === 'ready'
      ? outcome.problems.length > 0
        ? t('routeImport.dialog.importAnyway', { count: outcome.problems.length })
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
      width={640}
      footer={
        <Space>
          <Button onClick={close}>{t('routeImport.dialog.cancel')}</Button>
          <Button
            type="primary"
            danger={outcome.kind === 'ready' && outcome.problems.length > 0}
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
          autoSize={{ minRows: 6, maxRows: 14 }}
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
        {outcome.kind === 'ready' && (
          <Alert
            type={outcome.problems.length > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="route-import-result"
            title={
              from(outcome.file) +
              t('routeImport.dialog.summary', {
                nodes: outcome.flow.nodes.length,
                edges: outcome.flow.edges.length,
              })
            }
            description={
              outcome.problems.length === 0 ? (
                t('routeImport.dialog.clean')
              ) : (
                <>
                  <strong>{t('routeImport.dialog.problemsTitle', { count: outcome.problems.length })}</strong>
                  <p>{t('routeImport.dialog.problemsHelp')}</p>
                  <ul className="ri-problems" data-testid="route-import-problems">
                    {outcome.problems.map((p, i) => (
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
