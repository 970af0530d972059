import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup';

export interface MonacoJsonEditorProps {
  /** the text to show; a change from outside replaces the text */
  value: string;
  /** the document's address: the JSON language picks the schema by it */
  uri: string;
  ariaLabel: string;
  readOnly?: boolean;
  /** every change typed (not the ones `value` makes) */
  onChange?: (text: string) => void;
  testId?: string;
}

/**
 * One Monaco editor on a JSON document, without any React wrapper package: created on mount,
 * disposed on unmount, laid out again when its box changes size.
 */
export function MonacoJsonEditor({
  value,
  uri,
  ariaLabel,
  readOnly = false,
  onChange,
  testId,
}: MonacoJsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // a change `value` makes is not the person's typing: it must not come back through onChange
  const settingValue = useRef(false);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const model = monaco.editor.createModel(value, 'json', monaco.Uri.parse(uri));
    const ed = monaco.editor.create(host.current, {
      model,
      readOnly,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      fixedOverflowWidgets: true,
      renderValidationDecorations: 'on',
    });
    const sub = model.onDidChangeContent(() => {
      if (!settingValue.current) changed.current?.(model.getValue());
    });
    editor.current = ed;
    return () => {
      sub.dispose();
      ed.dispose();
      model.dispose();
      editor.current = null;
    };
    // created once per document; later values arrive through the effect below
  }, [uri]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || model.getValue() === value) return;
    settingValue.current = true;
    try {
      // setValue also clears the editor's own undo: typing undone after the designer changed the
      // model would bring back text from before that change and apply it over the change
      model.setValue(value);
    } finally {
      settingValue.current = false;
    }
  }, [value]);

  return <div ref={host} className="fd-monaco" data-testid={testId} />;
}
