import { useEffect, useRef } from 'react';
import type { FieldPath } from '@signoff/designer';
import type { FormField, FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { DesignerAction } from './designer-state';
import {
  CLIPBOARD_STORAGE_KEY,
  decodeFields,
  encodeFields,
  fieldsToCopy,
  pastePlace,
} from './field-clipboard';
import { isTextEntry } from './use-undo-keys';

function remember(text: string): void {
  try {
    localStorage.setItem(CLIPBOARD_STORAGE_KEY, text);
  } catch {
    // storage full or off: the system clipboard still has the copy
  }
}

function recalled(): string | null {
  try {
    return localStorage.getItem(CLIPBOARD_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Ctrl+C with page text selected copies that text, as anywhere else. */
const hasTextSelection = () => (window.getSelection()?.toString() ?? '') !== '';

interface Api extends FieldClipboard {
  text: () => string | null;
  take: (text: string | null) => void;
  copiedText: (text: string) => void;
}

export interface FieldClipboard {
  /** the selected field to the system clipboard and to this browser's storage */
  copy: () => void;
  /** fields copied in any designer tab, after the selected field */
  paste: () => void;
}

/**
 * Copy and paste of fields, also between two designer tabs of different forms. Ctrl/⌘+C and +V
 * outside a text box go through the browser's copy and paste events, which need no clipboard
 * permission; the toolbar's buttons use `navigator.clipboard`, and fall back to the copy kept in
 * localStorage when the browser refuses it. Text that is not a designer copy is refused with a toast.
 */
export function useFieldClipboard(
  model: FormModel,
  selected: FieldPath | null,
  send: (action: DesignerAction) => void,
  enabled = true,
): FieldClipboard {
  const { t } = useTranslation();
  const { pick } = useLang();
  const now = useRef({ model, selected });
  now.current = { model, selected };

  const api = useRef<Api | null>(null);
  const self: Api = {
    text: () => {
      const fields = fieldsToCopy(now.current.model, now.current.selected);
      return fields ? encodeFields(fields) : null;
    },
    take: (text) => {
      const fields: FormField[] | null = decodeFields(text);
      if (!fields) {
        toast('warning', text ? t('designerPage.clipboard.notFields') : t('designerPage.clipboard.empty'));
        return;
      }
      const at = pastePlace(now.current.model, now.current.selected);
      send({ type: 'command', command: { type: 'pasteFields', fields, at } });
    },
    copy: () => {
      const fields = fieldsToCopy(now.current.model, now.current.selected);
      if (!fields) {
        toast('info', t('designerPage.clipboard.selectFirst'));
        return;
      }
      const text = encodeFields(fields);
      // refused (no permission, not a secure page): the stored copy serves this browser's tabs
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      self.copiedText(text);
    },
    paste: () => {
      // no clipboard API (not a secure page): the copy kept in this browser
      if (typeof navigator.clipboard?.readText !== 'function') {
        self.take(recalled());
        return;
      }
      navigator.clipboard.readText().then(
        (text) => self.take(text.trim() === '' ? recalled() : text),
        () => self.take(recalled()),
      );
    },
    copiedText: (text) => {
      remember(text);
      toast('success', t('designerPage.clipboard.copied', { label: pick(decodeFields(text)?.[0]?.label) }));
    },
  };
  api.current = self;

  useEffect(() => {
    if (!enabled) return;
    const onCopy = (e: ClipboardEvent) => {
      if (isTextEntry(e.target) || isTextEntry(document.activeElement) || hasTextSelection()) return;
      const text = api.current?.text();
      if (!text) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', text);
      api.current?.copiedText(text);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTextEntry(e.target) || isTextEntry(document.activeElement)) return;
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') ?? '';
      api.current?.take(text.trim() === '' ? recalled() : text);
    };
    window.addEventListener('copy', onCopy);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('paste', onPaste);
    };
  }, [enabled]);

  return { copy: () => api.current?.copy(), paste: () => api.current?.paste() };
}
