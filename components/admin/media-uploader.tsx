'use client';

import { useId, useRef, useState, type DragEvent } from 'react';

import type { MediaSummary } from '@/db/queries/media';
import { FILE_FIELD, MAX_UPLOAD_BYTES, UPLOAD_COPY } from '@/domain/media/upload-rules';
import { FileButton } from './file-button';

// Uploading images: a file picker and a drop zone, several files at once, one request per file so each gets its
// own progress bar (XMLHttpRequest reports upload progress; fetch does not). The server decides what a file is;
// the size check here only spares the user a long upload that would be refused anyway.

type Upload = {
  key: number;
  name: string;
  progress: number;
  state: 'sending' | 'done' | 'failed';
  message: string;
  image?: MediaSummary;
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

function send(file: File, onProgress: (fraction: number) => void): Promise<{ image?: MediaSummary; error?: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/medier');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = (request.response ?? {}) as { image?: MediaSummary; error?: string };
      resolve(
        request.status === 201 && body.image ? { image: body.image } : { error: body.error ?? UPLOAD_COPY.unreadable },
      );
    };
    request.onerror = () => resolve({ error: UPLOAD_COPY.network });
    const form = new FormData();
    form.append(FILE_FIELD, file);
    request.send(form);
  });
}

export function MediaUploader({
  onUploaded,
  label = 'Upload billeder',
  linkToDetails = true,
}: {
  onUploaded: (image: MediaSummary) => void;
  label?: string;
  /** Link each finished upload to its page in the library (not inside the editor, which would be left). */
  linkToDetails?: boolean;
}) {
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(0);

  const change = (key: number, patch: Partial<Upload>) =>
    setUploads((previous) => previous.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));

  async function uploadOne(file: File) {
    const key = nextKey.current++;
    setUploads((previous) => [
      ...previous,
      { key, name: file.name, progress: 0, state: 'sending', message: 'Sender …' },
    ]);
    if (file.size > MAX_UPLOAD_BYTES) {
      change(key, { state: 'failed', message: UPLOAD_COPY.tooLarge });
      return;
    }
    const result = await send(file, (fraction) =>
      change(key, { progress: fraction, message: fraction < 1 ? 'Sender …' : 'Behandler …' }),
    );
    if (result.image) {
      change(key, { state: 'done', progress: 1, message: 'Uploadet.', image: result.image });
      onUploaded(result.image);
    } else {
      change(key, { state: 'failed', message: result.error ?? UPLOAD_COPY.unreadable });
    }
  }

  const uploadAll = (files: FileList | null) => {
    // Sequentially: two cores re-encode one image at a time faster than several at once.
    void [...(files ?? [])].reduce((previous, file) => previous.then(() => uploadOne(file)), Promise.resolve());
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    uploadAll(event.dataTransfer.files);
  };

  return (
    <div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="upload-drop-zone"
        className={`grid gap-2 border-2 border-dashed p-4 ${dragging ? 'border-brand bg-red-50' : 'border-neutral-400 bg-white'}`}
      >
        <p id={`${inputId}-titel`} className="font-semibold">
          {label}
        </p>
        <FileButton
          id={inputId}
          labelledBy={`${inputId}-titel`}
          multiple
          accept={ACCEPT}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            uploadAll(event.target.files);
            // Cleared, so choosing the same file again uploads it again.
            event.target.value = '';
          }}
        />
        <p id={`${inputId}-hint`} className="text-xs text-muted">
          Vælg en eller flere filer, eller træk dem herind. JPEG, PNG, WebP eller AVIF, højst{' '}
          {MAX_UPLOAD_BYTES / 1024 / 1024} MB pr. fil.
        </p>
      </div>
      {uploads.length > 0 ? (
        <ul className="mt-3 grid gap-2" aria-label="Uploads">
          {uploads.map((upload) => (
            <li key={upload.key} className="grid gap-1 text-sm">
              <span className="break-all font-semibold">{upload.name}</span>
              <progress className="w-full" max={1} value={upload.progress} aria-label={`Upload af ${upload.name}`} />
              <span
                role={upload.state === 'failed' ? 'alert' : 'status'}
                className={upload.state === 'failed' ? 'font-semibold text-brand-dark' : 'text-muted'}
              >
                {upload.message}
                {upload.image && linkToDetails ? (
                  <>
                    {' '}
                    <a href={`/admin/medier/${upload.image.id}`} className="underline">
                      Udfyld billedtekst og alternativ tekst
                    </a>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
