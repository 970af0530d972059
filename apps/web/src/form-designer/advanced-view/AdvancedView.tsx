import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button } from 'antd';
import { compileForm, formModelJsonSchema, type FormModel, type ModelProblem } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from '../page/designer-state';
import './advanced-view.i18n';
import './advanced-view.css';
import { checkModelShape, compileModelShape } from './model-shape';
import { modelText, readModelText, type ModelTextProblem } from './model-text';
import { MonacoJsonEditor } from './MonacoJsonEditor';
import { setModelSchema } from './monaco-setup';
import { ProblemLines } from './ProblemLines';
import { onModelChanged, onTextEdited } from './sync-decision';

/** Long enough that a word being typed is not applied letter by letter, short enough to feel live. */
export const APPLY_DELAY_MS = 400;
const MODEL_URI = 'signoff://designer/form-model.json';
const SCHEMA_URI = 'signoff://designer/compiled-schema.json';

export interface AdvancedViewProps {
  model: FormModel;
  /** the model's own problems (`validateModel`): while any remain, there is no schema to compile */
  problems: readonly ModelProblem[];
  send: (action: DesignerAction) => void;
}

/**
 * The JSON view: the model as editable JSON on the left, the compiled JSON Schema read-only on the
 * right, both following the designer. A pause in typing applies valid text as one `replaceModel`
 * (one undo step); text that does not parse or fit the schema is never applied, and its problems are
 * listed with their line and column under the editor.
 */
export default function AdvancedView({ model, problems, send }: AdvancedViewProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [initial] = useState(() => modelText(model));
  const [text, setText] = useState(initial);
  const [textProblems, setTextProblems] = useState<ModelTextProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const synced = useRef(initial);
  const latest = useRef({ text: initial, model });
  latest.current = { text, model };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // the schema check compiles while the person reads, not on their first pause in typing
  useEffect(() => {
    const warm = setTimeout(compileModelShape, 50);
    return () => clearTimeout(warm);
  }, []);

  // completion and hover texts in the page's language
  useEffect(() => setModelSchema(MODEL_URI, formModelJsonSchema(lang)), [lang]);

  // the designer changed the model: show it, unless typed edits are waiting
  useEffect(() => {
    const current = latest.current.text;
    const outcome = onModelChanged({ text: current, synced: synced.current }, model, modelText(model));
    if (outcome.kind === 'keep') {
      synced.current = outcome.synced;
      setConflict(false);
    } else if (outcome.kind === 'replace') {
      synced.current = outcome.text;
      setText(outcome.text);
      setTextProblems([]);
      setConflict(false);
    } else setConflict(true);
  }, [model]);

  const apply = (value: string) => {
    timer.current = undefined;
    const outcome = onTextEdited(readModelText(value, checkModelShape), latest.current.model);
    if (outcome.kind === 'problems') {
      setTextProblems(outcome.problems);
      return;
    }
    setTextProblems([]);
    synced.current = value;
    setConflict(false);
    if (outcome.kind === 'apply')
      send({ type: 'command', command: { type: 'replaceModel', model: outcome.model } });
  };

  const onChange = (value: string) => {
    setText(value);
    latest.current = { ...latest.current, text: value };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(value), APPLY_DELAY_MS);
  };

  // leaving the view with a valid edit still waiting applies it rather than losing it
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      applyRef.current(latest.current.text);
    },
    [],
  );

  const takeDesigner = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = modelText(latest.current.model);
    synced.current = next;
    setText(next);
    setTextProblems([]);
    setConflict(false);
  };

  // the last schema that compiled stays shown, marked, while the model has problems
  const lastSchema = useRef('');
  const schemaText = useMemo(() => {
    if (problems.length > 0) return lastSchema.current;
    try {
      lastSchema.current = JSON.stringify(compileForm(model).schema, null, 2);
    } catch {
      // validateModel found nothing, so compileForm does not throw; kept total all the same
    }
    return lastSchema.current;
  }, [model, problems]);

  return (
    <div className="fd-json-view" data-testid="designer-json-view">
      <section className="fd-json-pane" aria-label={t('designerJson.modelTitle')}>
        <header className="fd-json-head">
          <strong>{t('designerJson.modelTitle')}</strong>
          <span className="fd-json-help">{t('designerJson.modelHelp')}</span>
        </header>
        {conflict && (
          <Alert
            className="fd-json-alert"
            type="warning"
            showIcon
            title={t('designerJson.conflict')}
            action={
              <Button size="small" onClick={takeDesigner} data-testid="json-take-designer">
                {t('designerJson.takeDesigner')}
              </Button>
            }
          />
        )}
        <MonacoJsonEditor
          value={text}
          uri={MODEL_URI}
          ariaLabel={t('designerJson.modelTitle')}
          onChange={onChange}
          testId="json-model-editor"
        />
        <ProblemLines problems={textProblems} />
      </section>
      <section className="fd-json-pane" aria-label={t('designerJson.schemaTitle')}>
        <header className="fd-json-head">
          <strong>{t('designerJson.schemaTitle')}</strong>
        </header>
        {problems.length > 0 && (
          <Alert
            className="fd-json-alert"
            type="info"
            showIcon
            data-testid="json-schema-stale"
            title={t('designerJson.schemaInvalid')}
            description={problems
              .slice(0, 3)
              .map((p) => p.message[lang])
              .join(lang === 'zh' ? '；' : '; ')}
          />
        )}
        <MonacoJsonEditor
          value={schemaText}
          uri={SCHEMA_URI}
          ariaLabel={t('designerJson.schemaTitle')}
          readOnly
          testId="json-schema-editor"
        />
      </section>
    </div>
  );
}
