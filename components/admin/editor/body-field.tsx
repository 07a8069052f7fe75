'use client';

import { useRef } from 'react';

import { BODY_MAX_CHARS } from '@/copy/admin';
import { button, input, label } from '../form-classes';
import { RelatedPicker, type Pick } from './related-picker';

/** The Markdown body with its toolbar, its length warning and the "Læs også" block inserter. */
export function BodyField({
  body,
  onChange,
  excludeId,
  onRelatedPicked,
}: {
  body: string;
  onChange: (body: string) => void;
  excludeId?: number;
  /** A related article picked for a block in the body (so the preview knows its title). */
  onRelatedPicked: (pick: Pick) => void;
}) {
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  // Wraps the selection or inserts at the cursor.
  function insert(before: string, after = '', placeholder = '') {
    const area = bodyRef.current;
    if (!area) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const selected = value.slice(start, end) || placeholder;
    onChange(`${value.slice(0, start)}${before}${selected}${after}${value.slice(end)}`);
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(start + before.length, start + before.length + selected.length);
    });
  }

  function prefixLines(prefix: (index: number) => string) {
    const area = bodyRef.current;
    if (!area) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const block = value.slice(lineStart, end) || 'Tekst';
    const prefixed = block
      .split('\n')
      .map((line, index) => `${prefix(index)}${line}`)
      .join('\n');
    onChange(`${value.slice(0, lineStart)}${prefixed}${value.slice(end)}`);
  }

  const nearLimit = body.length > BODY_MAX_CHARS * 0.9;
  return (
    <div className="grid gap-1">
      <label htmlFor="broedtekst" className={label}>
        Brødtekst (Markdown)
      </label>
      <div role="toolbar" aria-label="Formatering" aria-controls="broedtekst" className="flex flex-wrap gap-1">
        <button type="button" className={button} onClick={() => prefixLines(() => '## ')}>
          Mellemrubrik
        </button>
        <button type="button" className={button} onClick={() => insert('[', '](https://)', 'linktekst')}>
          Link
        </button>
        <button type="button" className={button} onClick={() => prefixLines(() => '> ')}>
          Citat
        </button>
        <button type="button" className={button} onClick={() => prefixLines(() => '- ')}>
          Punktliste
        </button>
        <button type="button" className={button} onClick={() => prefixLines((index) => `${index + 1}. `)}>
          Nummereret liste
        </button>
      </div>
      <textarea
        id="broedtekst"
        ref={bodyRef}
        className={`${input} h-96 font-mono text-sm`}
        value={body}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={nearLimit ? 'broedtekst-laengde' : undefined}
      />
      {nearLimit ? (
        <p
          id="broedtekst-laengde"
          className={`text-xs ${body.length > BODY_MAX_CHARS ? 'font-semibold text-brand-dark' : 'text-muted'}`}
        >
          {body.length.toLocaleString('da-DK')} af højst {BODY_MAX_CHARS.toLocaleString('da-DK')} tegn
        </p>
      ) : null}
      <RelatedPicker
        label="Indsæt »Læs også«-blok"
        excludeId={excludeId}
        onPick={(pick) => {
          onRelatedPicked(pick);
          insert(`\n::related{id=${pick.id} label="Læs også"}\n`);
        }}
      />
    </div>
  );
}
