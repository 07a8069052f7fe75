'use client';

import { useState, type InputHTMLAttributes } from 'react';

import { FILE_BUTTON_COPY } from '@/copy/admin';
import { button } from './form-classes';

// A file picker that speaks Danish: the browser's own shows "Choose Files" and "No file chosen" in the browser's
// language. The real <input type="file"> stays in the page, only visually hidden (not display:none), so it is
// still what the keyboard focuses, what screen readers announce, what a form without JavaScript submits and what
// Playwright's setInputFiles fills; the styled label in front of it opens it on click, and the chosen names are
// shown beside it. See docs/decisions/0018-danish-date-and-file-controls.md.

export function FileButton({
  id,
  text = FILE_BUTTON_COPY.chooseImages,
  labelledBy,
  onFiles,
  ...input
}: {
  id: string;
  /** The button's visible text. */
  text?: string;
  /** Further ids that name the input (a heading above it); the button's text is always part of its name. */
  labelledBy?: string;
  onFiles?: (files: FileList | null) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'>) {
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        {...input}
        id={id}
        type="file"
        aria-labelledby={[labelledBy, `${id}-knap`].filter(Boolean).join(' ')}
        aria-describedby={[`${id}-valgt`, input['aria-describedby']].filter(Boolean).join(' ')}
        onChange={(event) => {
          setNames([...(event.target.files ?? [])].map((file) => file.name));
          onFiles?.(event.target.files);
          input.onChange?.(event);
        }}
        className="peer sr-only"
      />
      <label
        id={`${id}-knap`}
        htmlFor={id}
        className={`${button} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand`}
      >
        {text}
      </label>
      <span id={`${id}-valgt`} className="text-sm text-muted">
        {names.length ? FILE_BUTTON_COPY.chosen(names) : FILE_BUTTON_COPY.noFiles}
      </span>
    </div>
  );
}
