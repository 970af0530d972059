import { useState } from 'react';
import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography, Upload, type UploadFile } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { FileRef } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { acceptAttribute, limitsOf, refusalOf } from '../../form-renderer/upload/file-policy';
import { UploadError, uploadFile } from '../../form-renderer/upload/upload-file';
import { useLang } from '../../i18n/use-lang';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';

/** actions.comment takes at most 20 files. */
const LIMITS = limitsOf({ widget: 'attachment', maxCount: 20 });

/** 评论: a remark on the request, with files, for everyone who may read it. */
export function CommentDialog({ instanceId, onClose }: { instanceId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ text?: string }>();
  const [files, setFiles] = useState<UploadFile<FileRef>[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const onSuccess = useActionSuccess(onClose);
  const comment = useMutation(trpc.actions.comment.mutationOptions({ onSuccess }));
  const attach = useMutation(trpc.attachments.attach.mutationOptions());
  const uploading = files.some((f) => f.status === 'uploading');

  const confirm = async () => {
    const { text } = await form.validateFields();
    const uploaded = files.flatMap((f) => (f.status === 'done' && f.response ? [f.response] : []));
    // linked first, so everyone who reads the request may open the files the comment names
    if (uploaded.length > 0)
      await attach.mutateAsync({ instanceId, attachmentIds: uploaded.map((f) => f.id) });
    comment.mutate({
      instanceId,
      text: text?.trim() ?? '',
      attachments: uploaded.length > 0 ? uploaded.map((f) => ({ id: f.id, name: f.name })) : undefined,
    });
  };

  const refusalText = (reason: string, name: string) =>
    t(`request.upload.${reason}`, {
      name,
      kinds: LIMITS.labels.join('、'),
      max: LIMITS.maxCount,
      mb: LIMITS.maxBytes / 1024 / 1024,
    });

  return (
    <Modal
      open
      title={t('request.action.comment')}
      okText={t('request.action.confirm')}
      cancelText={t('request.action.cancelDialog')}
      okButtonProps={{ disabled: uploading }}
      confirmLoading={comment.isPending || attach.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerError error={comment.error ?? attach.error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={t('request.action.commentText')}
          rules={[{ required: true, whitespace: true, message: t('request.action.commentTextRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="action-text" />
        </Form.Item>
        <Form.Item
          label={t('request.action.attachments')}
          extra={t('request.upload.hint', {
            kinds: LIMITS.labels.join('、'),
            mb: LIMITS.maxBytes / 1024 / 1024,
          })}
        >
          <Upload<FileRef>
            multiple
            accept={acceptAttribute(LIMITS)}
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            beforeUpload={(file) => {
              const why = refusalOf(file, LIMITS, files.length);
              setRefused(why ? refusalText(why.reason, file.name) : null);
              return why ? Upload.LIST_IGNORE : true;
            }}
            customRequest={({ file, onProgress, onSuccess: done, onError }) => {
              const blob = file as File;
              uploadFile(blob, {
                onProgress: (fraction) => onProgress?.({ percent: Math.round(fraction * 100) }),
              }).then(
                (ref) => done?.(ref),
                (e: unknown) => {
                  const reason = e instanceof UploadError && e.localized ? e.localized[lang] : String(e);
                  setRefused(t('request.action.uploadFailed', { name: blob.name, reason }));
                  onError?.(e instanceof Error ? e : new Error(reason));
                },
              );
            }}
          >
            <Button icon={<PaperClipOutlined />}>{t('request.action.upload')}</Button>
          </Upload>
          {refused && (
            <Typography.Text type="danger" data-testid="upload-refused">
              {refused}
            </Typography.Text>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
