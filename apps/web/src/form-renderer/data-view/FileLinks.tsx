import type { FileRef } from '@signoff/schema';
import { formatBytes } from '../format-number';
import { fileUrl } from '../upload/upload-file';

const isFile = (v: unknown): v is FileRef => typeof v === 'object' && v !== null && typeof (v as FileRef).id === 'string' && typeof (v as FileRef).name === 'string';

/** Submitted files as links to `/files/:id`; images as thumbnails that open the full picture. */
export function FileLinks({ value, image }: { value: unknown; image: boolean }) {
  const files = Array.isArray(value) ? value.filter(isFile) : [];
  if (image) {
    return (
      <ul className="signoff-thumbs">
        {files.map((f) => (
          <li key={f.id} className="signoff-thumb">
            <a href={fileUrl(f.id)} target="_blank" rel="noreferrer">
              <img src={fileUrl(f.id)} alt={f.name} />
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="signoff-file-list">
      {files.map((f) => (
        <li key={f.id} className="signoff-file-row">
          <a href={fileUrl(f.id)} target="_blank" rel="noreferrer" className="signoff-file-name">
            {f.name}
          </a>
          <span className="signoff-muted">{formatBytes(f.size)}</span>
        </li>
      ))}
    </ul>
  );
}
