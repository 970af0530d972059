import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from 'antd';
import type { FileRef } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../format-number';
import { acceptAttribute, limitsOf, refusalOf, type Refusal } from '../upload/file-policy';
import { fileUrl, uploadFile, UploadError } from '../upload/upload-file';
import type { WidgetProps } from './widget-props';

interface Uploading {
  key: number;
  name: string;
  progress: number;
  abort: AbortController;
}

type Problem = { key: number; text: string };

let nextKey = 1;

/**
 * Attachment and image fields: the limits are said before anything is picked and checked before
 * anything is sent; each upload shows its progress; images show thumbnails; any file can be removed.
 */
export function AttachmentWidget({
  id,
  value,
  onChange,
  onBlur,
  field,
  lang,
  disabled,
  invalid,
  describedBy,
}: WidgetProps<FileRef[]>) {
  const { t } = useTranslation();
  const image = field.widget === 'image';
  const limits = limitsOf(field);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef<FileRef[]>(value ?? []);
  latest.current = value ?? [];
  const [uploading, setUploading] = useState<Uploading[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const previews = useRef(new Map<string, string>());

  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  const typesText = limits.labels.join(lang === 'zh' ? '、' : ', ');
  const refusalText = (r: Refusal) =>
    t(`renderer.upload.${r.reason}`, {
      name: r.name,
      size: formatBytes(r.size, true),
      limit: formatBytes(limits.maxBytes),
      types: typesText,
      max: limits.maxCount,
    });

  const start = (file: File) => {
    const job: Uploading = { key: nextKey++, name: file.name, progress: 0, abort: new AbortController() };
    setUploading((list) => [...list, job]);
    const setProgress = (p: number) =>
      setUploading((list) => list.map((u) => (u.key === job.key ? { ...u, progress: p } : u)));
    uploadFile(file, { onProgress: setProgress, signal: job.abort.signal })
      .then((ref) => {
        if (image && typeof URL.createObjectURL === 'function')
          previews.current.set(ref.id, URL.createObjectURL(file));
        const next = [...latest.current, ref];
        latest.current = next;
        onChange(next);
      })
      .catch((e: unknown) => {
        if (e instanceof UploadError && e.code === 'aborted') return;
        const reason =
          e instanceof UploadError
            ? (e.localized?.[lang] ?? (e.code === 'network' ? t('renderer.upload.network') : e.code))
            : String(e);
        setProblems((list) => [
          ...list,
          { key: job.key, text: t('renderer.upload.failed', { name: file.name, reason }) },
        ]);
      })
      .finally(() => setUploading((list) => list.filter((u) => u.key !== job.key)));
  };

  const onPick = (files: FileList | null) => {
    if (!files) return;
    const refused: Problem[] = [];
    let count = latest.current.length + uploading.length;
    for (const file of Array.from(files)) {
      const refusal = refusalOf(file, limits, count);
      if (refusal) {
        refused.push({ key: nextKey++, text: refusalText(refusal) });
        continue;
      }
      count++;
      start(file);
    }
    setProblems((list) => [...list.slice(-4), ...refused]);
    if (input.current) input.current.value = '';
    onBlur?.();
  };

  const remove = (ref: FileRef) => {
    const next = latest.current.filter((f) => f.id !== ref.id);
    latest.current = next;
    onChange(next.length === 0 ? undefined : next);
  };

  const files = value ?? [];
  const full = limits.maxCount !== undefined && files.length + uploading.length >= limits.maxCount;
  const hint = [
    t('renderer.upload.limits', { types: typesText, size: formatBytes(limits.maxBytes) }),
    limits.maxCount !== undefined ? t('renderer.upload.maxCount', { max: limits.maxCount }) : '',
  ]
    .filter(Boolean)
    .join(lang === 'zh' ? '；' : '; ');

  return (
    <div className={`signoff-files${invalid ? ' signoff-files-invalid' : ''}`}>
      {!disabled && (
        <>
          <input
            ref={input}
            type="file"
            multiple={limits.maxCount !== 1}
            accept={acceptAttribute(limits)}
            hidden
            onChange={(e) => onPick(e.target.files)}
            data-testid={`${id}-input`}
          />
          <Button
            id={id}
            onClick={() => input.current?.click()}
            disabled={full}
            aria-describedby={[`${id}-limits`, describedBy].filter(Boolean).join(' ')}
            aria-invalid={invalid || undefined}
          >
            {t(image ? 'renderer.upload.chooseImage' : 'renderer.upload.chooseFile')}
          </Button>
          <div id={`${id}-limits`} className="signoff-field-hint">
            {hint}
          </div>
        </>
      )}
      {problems.map((p) => (
        <Alert
          key={p.key}
          type="error"
          showIcon
          role="alert"
          title={p.text}
          closable={{
            onClose: () => setProblems((list) => list.filter((x) => x.key !== p.key)),
            'aria-label': t('renderer.upload.dismiss'),
          }}
          className="signoff-files-problem"
        />
      ))}
      {uploading.map((u) => (
        <div key={u.key} className="signoff-file-row" data-testid={`${id}-uploading`}>
          <span className="signoff-file-name">{t('renderer.upload.uploading', { name: u.name })}</span>
          {/* a bar of our own: antd's Progress brings Tooltip and its positioning engine (≈17 kB gzip) onto the fill page */}
          <span
            className="signoff-progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(u.progress * 100)}
            aria-label={u.name}
          >
            <span style={{ width: `${Math.round(u.progress * 100)}%` }} />
          </span>
          <span className="signoff-muted signoff-progress-text">{Math.round(u.progress * 100)}%</span>
          <Button size="small" type="link" onClick={() => u.abort.abort()}>
            {t('renderer.signature.cancel')}
          </Button>
        </div>
      ))}
      <ul className={image ? 'signoff-thumbs' : 'signoff-file-list'}>
        {files.map((f) => (
          <li key={f.id} className={image ? 'signoff-thumb' : 'signoff-file-row'}>
            <a
              href={fileUrl(f.id)}
              target="_blank"
              rel="noreferrer"
              aria-label={t('renderer.upload.preview', { name: f.name })}
            >
              {image ? (
                <img src={previews.current.get(f.id) ?? fileUrl(f.id)} alt={f.name} />
              ) : (
                <span className="signoff-file-name">{f.name}</span>
              )}
            </a>
            {!image && <span className="signoff-muted">{formatBytes(f.size)}</span>}
            {!disabled && (
              <Button
                size="small"
                type="link"
                danger
                onClick={() => remove(f)}
                aria-label={t('renderer.upload.remove', { name: f.name })}
              >
                ×
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
