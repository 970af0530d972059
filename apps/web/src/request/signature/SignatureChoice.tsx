import { Button, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { fileUrl } from '../../form-renderer/upload/upload-file';
import { SignaturePad } from '../../form-renderer/widgets/signature/SignaturePad';

/** The signature given with a decision: the uploaded image, and whether it is the signer's saved one. */
export interface SignatureValue {
  id: string;
  saved: boolean;
}

interface Props {
  value?: SignatureValue;
  onChange?: (value: SignatureValue | undefined) => void;
}

/**
 * Signing a decision where the node requires it (seed 001: more than a password): drawn on the
 * pad now, or the signer's saved signature in one tap; the chosen image is shown before sending.
 */
export function SignatureChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const saved = useQuery({ ...trpc.account.signature.queryOptions(), staleTime: 5 * 60_000 });
  if (value) {
    return (
      <Space orientation="vertical" size={4}>
        <img className="signoff-timeline-signature" src={fileUrl(value.id)} alt={t('request.signature.signed')} data-testid="signature-chosen" />
        <Space size={8}>
          <Tag color="success">{value.saved ? t('request.signature.useSaved') : t('request.signature.signed')}</Tag>
          <Button size="small" onClick={() => onChange?.(undefined)}>
            {t('request.signature.resign')}
          </Button>
        </Space>
      </Space>
    );
  }
  return <SignaturePad onSigned={(ref) => onChange?.({ id: ref.id, saved: ref.id === saved.data?.attachmentId })} />;
}
