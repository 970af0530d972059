import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../upload/upload-file';
import { SignaturePad } from './signature/SignaturePad';
import type { WidgetProps } from './widget-props';

/** A signature field: the id of the signer's uploaded signature image. */
export function SignatureWidget({ id, value, onChange, onBlur, disabled, invalid, describedBy }: WidgetProps<string>) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState(false);
  if (signing) {
    return (
      <SignaturePad
        onSigned={(ref) => {
          onChange(ref.id);
          setSigning(false);
          onBlur?.();
        }}
        onCancel={() => setSigning(false)}
      />
    );
  }
  return (
    <div className={`signoff-signature${invalid ? ' signoff-files-invalid' : ''}`}>
      {value && <img className="signoff-signature-image" src={fileUrl(value)} alt={t('renderer.signature.image')} />}
      {!disabled && (
        <Button id={id} onClick={() => setSigning(true)} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
          {t(value ? 'renderer.signature.resign' : 'renderer.signature.sign')}
        </Button>
      )}
    </div>
  );
}
