'use client';

import { useState, useTransition } from 'react';

import type { EditableArticle } from '@/db/queries/editor';
import type { MediaSummary } from '@/db/queries/media';
import type { ArticleContent } from '@/domain/article/content';
import type { RelatedTarget } from '@/domain/markdown';
import { slugify } from '@/domain/slug';
import { BodyField } from './editor/body-field';
import { BylineField } from './editor/byline-field';
import { ConflictNotice } from './editor/conflict-notice';
import { input, primary } from './form-classes';
import { Field } from './editor/fields';
import { LivePreview } from './editor/live-preview';
import { RelatedField } from './editor/related-field';
import type { Pick } from './editor/related-picker';
import { SeoFields } from './editor/seo-fields';
import { TagsField } from './editor/tags-field';
import { useArticleSave } from './editor/use-article-save';
import type { EditorChoices, EditorPermissions } from './editor/types';
import { WorkflowPanel } from './editor/workflow-panel';
import { MediaPicker } from './media-picker';

// The article editor: the form on the left (its parts in ./editor/), the workflow and a live preview on the right.
// Saving, conflicts and autosave live in useArticleSave.

type Props = {
  article: EditableArticle | null;
  choices: EditorChoices;
  permissions: EditorPermissions;
  /** Current titles and paths of the articles the body and the related list refer to. */
  knownArticles: [number, RelatedTarget][];
  statusLabel: string;
  /** The current top image, for the picker. */
  topImage: MediaSummary | null;
};

const timeFormat = new Intl.DateTimeFormat('da-DK', { timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

export function ArticleEditor({
  article,
  choices,
  permissions,
  knownArticles,
  statusLabel,
  topImage: initialTopImage,
}: Props) {
  const readOnly = !permissions.canEdit;
  const {
    content,
    setContent,
    update,
    version,
    setVersion,
    changeSlug,
    setChangeSlug,
    save,
    dirty,
    conflictVersion,
    doSave,
  } = useArticleSave({
    article,
    firstSectionId: choices.sections[0]?.id ?? 0,
    defaultAuthorIds: choices.ownAuthorId ? [choices.ownAuthorId] : [],
    readOnly,
  });
  const [topImage, setTopImage] = useState(initialTopImage);
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [known, setKnown] = useState(() => new Map(knownArticles));

  const isNew = article === null;
  const published = article?.publishedAt != null;
  const slugLocked = published && !changeSlug;
  const remember = (pick: Pick) =>
    setKnown((previous) => new Map(previous).set(pick.id, { title: pick.title, path: pick.path }));

  const statusLine =
    save.kind === 'saved'
      ? save.at
        ? `Gemt kl. ${timeFormat.format(new Date(save.at))}`
        : 'Ikke gemt endnu'
      : save.kind === 'saving'
        ? 'Gemmer …'
        : 'Ikke gemt';

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form
        className="grid content-start gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            await doSave();
          });
        }}
      >
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-rule bg-neutral-50 py-2">
          <button type="submit" className={primary} disabled={pending || readOnly || save.kind === 'saving'}>
            {save.kind === 'saving' ? 'Gemmer …' : isNew ? 'Opret kladde' : 'Gem'}
          </button>
          <p
            role="status"
            aria-live="polite"
            className={`text-sm ${dirty ? 'font-semibold text-brand-dark' : 'text-muted'}`}
          >
            {statusLine}
          </p>
          {article ? (
            <p className="text-sm text-muted">
              Status: <span className="font-semibold text-ink">{statusLabel}</span> · version {version}
            </p>
          ) : null}
        </div>

        {save.kind === 'conflict' ? (
          <ConflictNotice
            message={save.message}
            body={content.body}
            pending={pending}
            canOverwrite={conflictVersion !== null}
            onOverwrite={() => startTransition(async () => void (await doSave({ overwrite: true })))}
          />
        ) : null}
        {save.kind === 'error' ? (
          <p className="border-l-4 border-brand bg-red-50 p-3 text-sm font-semibold text-brand-dark">{save.message}</p>
        ) : null}
        {notice ? <p className="border-l-4 border-ink bg-white p-3 text-sm">{notice}</p> : null}

        <fieldset disabled={readOnly} className="grid gap-4">
          <Field id="titel" text="Overskrift">
            <input
              id="titel"
              className={`${input} text-xl font-bold`}
              value={content.title}
              maxLength={200}
              onChange={(event) => {
                update('title', event.target.value);
                if (!slugTouched)
                  setContent((previous: ArticleContent) => ({
                    ...previous,
                    title: event.target.value,
                    slug: slugify(event.target.value),
                  }));
              }}
            />
          </Field>
          <Field
            id="adresse"
            text="Adresse (slug)"
            hint={
              slugLocked
                ? 'Artiklen er udgivet, så adressen er låst. Den gamle adresse viderestilles, hvis du skifter den.'
                : 'Dannes af overskriften (æ→ae, ø→oe, å→aa).'
            }
          >
            <input
              id="adresse"
              className={`${input} font-mono text-sm`}
              value={content.slug}
              readOnly={slugLocked}
              aria-describedby="adresse-hint"
              onChange={(event) => {
                setSlugTouched(true);
                update('slug', event.target.value.toLowerCase());
              }}
              // What was typed becomes a valid address (æ→ae, spaces→hyphens) when the field is left.
              onBlur={(event) => {
                const slug = slugify(event.target.value);
                if (slug && slug !== content.slug) update('slug', slug);
              }}
            />
          </Field>
          {published && permissions.canPublish ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={changeSlug} onChange={(event) => setChangeSlug(event.target.checked)} />
              Skift adresse (den gamle adresse viderestilles med 301)
            </label>
          ) : null}
          <Field id="manchet" text="Manchet">
            <textarea
              id="manchet"
              className={`${input} h-24`}
              value={content.lead}
              maxLength={600}
              onChange={(event) => update('lead', event.target.value)}
            />
          </Field>

          <BodyField
            body={content.body}
            onChange={(body) => update('body', body)}
            excludeId={article?.id}
            onRelatedPicked={remember}
          />

          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="sektion" text="Sektion">
              <select
                id="sektion"
                className={input}
                value={content.sectionId}
                onChange={(event) => update('sectionId', Number(event.target.value))}
              >
                {choices.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="type" text="Type">
              <select
                id="type"
                className={input}
                value={content.kind}
                onChange={(event) => update('kind', event.target.value as ArticleContent['kind'])}
              >
                <option value="news">Nyhed</option>
                <option value="sponsored">Annonceindlæg</option>
              </select>
            </Field>
          </div>
          {content.kind === 'sponsored' ? (
            <Field id="annoncoer" text="Annoncør">
              <input
                id="annoncoer"
                className={input}
                value={content.sponsor ?? ''}
                onChange={(event) => update('sponsor', event.target.value)}
              />
            </Field>
          ) : null}

          <BylineField
            authorIds={content.authorIds}
            authors={choices.authors}
            onChange={(ids) => update('authorIds', ids)}
          />
          <TagsField tags={content.tags} knownTags={choices.tags} onChange={(tags) => update('tags', tags)} />
          <RelatedField
            relatedIds={content.relatedIds}
            known={known}
            excludeId={article?.id}
            onChange={(ids) => update('relatedIds', ids)}
            onPicked={remember}
          />

          <MediaPicker
            value={topImage}
            onChange={(image) => {
              setTopImage(image);
              update('topImageId', image?.id ?? null);
            }}
          />

          <SeoFields
            seoTitle={content.seoTitle}
            seoDescription={content.seoDescription}
            onTitle={(value) => update('seoTitle', value)}
            onDescription={(value) => update('seoDescription', value)}
          />
        </fieldset>
      </form>

      <div className="grid content-start gap-6">
        {article ? (
          <WorkflowPanel
            article={article}
            permissions={permissions}
            dirty={dirty}
            pending={pending}
            run={(step) => startTransition(step)}
            saveFirst={() => doSave()}
            onVersion={setVersion}
            onNotice={setNotice}
          />
        ) : null}
        <LivePreview content={content} related={known} />
      </div>
    </div>
  );
}
