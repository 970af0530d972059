import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Space } from 'antd';
import type { FileRef } from '@signoff/schema';
import type SignaturePadLib from 'signature_pad';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/app-error';
import { useLang } from '../../../i18n/use-lang';
import { uploadFile, UploadError } from '../../upload/upload-file';
import { canvasPng, fitCanvas } from './canvas-png';
import { useSavedSignature } from './use-saved-signature';

export interface SignaturePadProps {
  /** the uploaded signature image (an attachment of the signer's) */
  onSigned: (attachment: FileRef) => void;
  onCancel?: () => void;
  /** offer "save as my signature" (default true) */
  offerSave?: boolean;
}

/**
 * A pad to sign on with a finger or a mouse (signature_pad, loaded only when a pad opens), or the
 * signer's saved signature in one tap. The result is a PNG uploaded as an attachment.
 */
export function SignaturePad({ onSigned, onCancel, offerSave = true }: SignaturePadProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLib | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveAsMine, setSaveAsMine] = useState(false);
  const { saved, save } = useSavedSignature(true);

  useEffect(() => {
    let live = true;
    const el = canvas.current;
    void import('signature_pad').then(({ default: Pad }) => {
      if (!live || !el) return;
      fitCanvas(el);
      pad.current = new Pad(el, { penColor: '#1f1f1f', minWidth: 0.8, maxWidth: 2.6 });
    });
    const onResize = () => {
      if (!el || !pad.current) return;
      const strokes = pad.current.toData();
      fitCanvas(el);
      pad.current.fromData(strokes);
    };
    window.addEventListener('resize', onResize);
    return () => {
      live = false;
      window.removeEventListener('resize', onResize);
      pad.current?.off();
      pad.current = null;
    };
  }, []);

  const confirm = async () => {
    const el = canvas.current;
    if (!el || !pad.current || pad.current.isEmpty()) {
      setProblem(t('renderer.signature.emptyPad'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const ref = await uploadFile(await canvasPng(el));
      if (saveAsMine) await save.mutateAsync({ attachmentId: ref.id });
      onSigned(ref);
    } catch (e) {
      const reason = e instanceof UploadError ? (e.localized?.[lang] ?? e.code) : errorText(e, lang);
      setProblem(t('renderer.signature.failed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  const mine = saved.data;
  return (
    <div className="signoff-signature-pad">
      <canvas ref={canvas} className="signoff-signature-canvas" role="img" aria-label={t('renderer.signature.padLabel')} data-testid="signature-canvas" />
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => void confirm()} data-testid="signature-confirm">
          {t('renderer.signature.confirm')}
        </Button>
        <Button onClick={() => pad.current?.clear()} disabled={busy}>
          {t('renderer.signature.clear')}
        </Button>
        {mine && (
          <Button onClick={() => onSigned({ id: mine.attachmentId, name: 'signature.png', size: 0, type: 'image/png' })} disabled={busy} data-testid="signature-use-saved">
            {t('renderer.signature.useSaved')}
          </Button>
        )}
        {onCancel && (
          <Button type="link" onClick={onCancel} disabled={busy}>
            {t('renderer.signature.cancel')}
          </Button>
        )}
      </Space>
      {offerSave && (
        <Checkbox checked={saveAsMine} onChange={(e) => setSaveAsMine(e.target.checked)}>
          {t('renderer.signature.saveAsMine')}
        </Checkbox>
      )}
    </div>
  );
}
