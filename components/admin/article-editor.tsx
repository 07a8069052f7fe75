'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';

import { MERGE_COPY, SAVE_COPY } from '@/copy/admin';
import type { EditableArticle } from '@/db/queries/editor';
import type { MediaSummary } from '@/db/queries/media';
import type { ArticleContent } from '@/domain/article/content';
import { checkPublish } from '@/domain/article/publish-check';
import type { RelatedTarget } from '@/domain/markdown';
import { slugify } from '@/domain/slug';
import { BodyField } from './editor/body-field';
import { BylineField } from './editor/byline-field';
import { input, primary } from './form-classes';
import { Field } from './editor/fields';
import { LivePreview } from './editor/live-preview';
import { MergePanel } from './editor/merge-panel';
import { Presence } from './editor/presence';
import { RelatedField } from './editor/related-field';
import type { Pick } from './editor/related-picker';
import { SeoFields } from './editor/seo-fields';
import { TagsField } from './editor/tags-field';
import { completeHandoff, findHandoff, noteFocus, offerHandoff, type Handoff } from './editor/handoff';
import { useArticleSave } from './editor/use-article-save';
import type { EditorChoices, EditorPermissions } from './editor/types';
import { WorkflowPanel } from './editor/workflow-panel';
import { MediaPicker } from './media-picker';

// The article editor: the form on the left (its parts in ./editor/), the workflow and a live preview on the right.
// Saving, conflicts, autosave and creating a new article in place live in useArticleSave; Ctrl/Cmd+S saves like
// the save button. The publish check runs on what is typed, for the workflow's confirmation dialog.

type Props = {
  article: EditableArticle | null;
  choices: EditorChoices;
  permissions: EditorPermissions;
  /** On a new article's page: what the user may do with it once it has been created as a draft. */
  permissionsOnceCreated?: EditorPermissions;
  /** The article is pinned as the front page's lead story (the publish check advises on an image). */
  leadStory?: boolean;
  /** When the scheduler stopped the article's scheduled publication, if that is its latest version. */
  stoppedAt?: string | null;
  /** Current titles and paths of the articles the body and the related list refer to. */
  knownArticles: [number, RelatedTarget][];
  statusLabel: string;
  /** The current top image, for the picker. */
  topImage: MediaSummary | null;
};

const timeFormat = new Intl.DateTimeFormat('da-DK', { timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
const stoppedFormat = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

export function ArticleEditor({
  article,
  choices,
  permissions: pagePermissions,
  permissionsOnceCreated,
  leadStory = false,
  stoppedAt = null,
  knownArticles,
  statusLabel,
  topImage: initialTopImage,
}: Props) {
  const readOnly = !pagePermissions.canEdit;
  // On the page of an article just created in this tab: what its first editor had (typed text, the cursor).
  const [handoff] = useState(() => (article ? findHandoff(article.id, article.version) : null));
  const {
    content,
    setContent,
    update,
    stored,
    version,
    setVersion,
    changeSlug,
    setChangeSlug,
    markUpdated,
    setMarkUpdated,
    save,
    dirty,
    doSave,
    resolveConflict,
    mergeNote,
    setMergeNote,
    takeOver,
  } = useArticleSave({
    article,
    firstSectionId: choices.sections[0]?.id ?? 0,
    defaultAuthorIds: choices.ownAuthorId ? [choices.ownAuthorId] : [],
    readOnly,
    handoff,
  });
  const permissions = !article && stored ? (permissionsOnceCreated ?? pagePermissions) : pagePermissions;
  const [pickedTopImage, setTopImage] = useState(handoff ? handoff.topImage : initialTopImage);
  // A merge can bring in a colleague's top image; the page, refreshed after the save, then knows its summary.
  const topImage =
    pickedTopImage?.id === content.topImageId
      ? pickedTopImage
      : initialTopImage?.id === content.topImageId
        ? initialTopImage
        : content.topImageId === null
          ? null
          : pickedTopImage;
  const [slugTouched, setSlugTouched] = useState(handoff?.slugTouched ?? Boolean(article));
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [picked, setKnown] = useState(() => new Map(handoff?.known ?? knownArticles));
  // Titles of related articles a merge brought in arrive with the refreshed page.
  const known = useMemo(() => new Map([...knownArticles, ...picked]), [knownArticles, picked]);

  // A new article created in place hands its state on to the article page's editor, which takes it over.
  const handingOff = !article && stored ? stored.id : null;
  useEffect(() => {
    if (handingOff === null) return;
    offerHandoff(handingOff, { version, content, save, slugTouched, topImage, known: [...known] });
  }, [content, handingOff, known, save, slugTouched, topImage, version]);
  useEffect(() => {
    if (handingOff === null) return;
    const note = () => noteFocus(handingOff);
    note();
    const events = ['focusin', 'selectionchange', 'input', 'keyup', 'pointerup'];
    events.forEach((name) => document.addEventListener(name, note));
    return () => events.forEach((name) => document.removeEventListener(name, note));
  }, [handingOff]);
  // Typing into the new article's editor while this one rendered reached the handoff, not this editor: take it over.
  const adopt = useCallback(
    (latest: Handoff) => {
      takeOver(latest);
      setSlugTouched(latest.slugTouched);
      setTopImage(latest.topImage);
      setKnown(new Map(latest.known));
    },
    [takeOver],
  );
  const handedOver = useRef(false);
  useEffect(() => {
    if (!article || !handoff || handedOver.current) return;
    handedOver.current = true;
    const latest = completeHandoff(article.id, handoff);
    // Reading an outside store (the handoff) once, on mount: the state it brings cannot be known while rendering.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (latest !== handoff) adopt(latest);
  }, [adopt, article, handoff]);

  const isNew = stored === null;
  const live = stored?.status === 'published';
  const published = stored?.publishedAt != null;
  const slugLocked = published && !changeSlug;
  const remember = (pick: Pick) =>
    setKnown((previous) => new Map(previous).set(pick.id, { title: pick.title, path: pick.path }));

  const statusLine =
    save.kind === 'saved'
      ? save.at
        ? (save.markedUpdated ? SAVE_COPY.savedAsUpdateAt : SAVE_COPY.savedAt)(timeFormat.format(new Date(save.at)))
        : SAVE_COPY.notSavedYet
      : save.kind === 'saving'
        ? SAVE_COPY.saving
        : SAVE_COPY.unsaved;

  const saveNow = () => startTransition(async () => void (await doSave()));
  // Ctrl/Cmd+S saves in every status, as the button does, instead of the browser's "save page".
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (!readOnly) startTransition(async () => void (await doSave()));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doSave, readOnly]);

  const check = useMemo(
    () =>
      checkPublish({
        ...content,
        sectionExists: choices.sections.some((section) => section.id === content.sectionId),
        topImage: topImage ? { alt: topImage.alt, credit: topImage.credit } : null,
        leadStory,
      }),
    [choices.sections, content, leadStory, topImage],
  );

  return (
    // Which stored article this editor was rendered for: absent on a new article's page until the article's own page
    // has taken over (./editor/handoff.ts), which the e2e stories wait for before they go on.
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" data-article-id={article?.id}>
      <form
        className="grid content-start gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          saveNow();
        }}
        aria-describedby="gem-genvej"
      >
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-rule bg-neutral-50 py-2">
          <button
            type="submit"
            className={primary}
            disabled={pending || readOnly || save.kind === 'saving' || save.kind === 'conflict'}
          >
            {save.kind === 'saving'
              ? SAVE_COPY.saving
              : isNew
                ? SAVE_COPY.create
                : live
                  ? SAVE_COPY.update
                  : SAVE_COPY.save}
          </button>
          {live && !readOnly ? (
            <label className="flex items-center gap-2 text-sm" title={SAVE_COPY.markUpdatedHint}>
              <input
                type="checkbox"
                checked={markUpdated}
                aria-describedby="opdateret-hint"
                onChange={(event) => setMarkUpdated(event.target.checked)}
              />
              {SAVE_COPY.markUpdated}
            </label>
          ) : null}
          <p
            role="status"
            aria-live="polite"
            className={`text-sm ${dirty ? 'font-semibold text-brand-dark' : 'text-muted'}`}
          >
            {statusLine}
          </p>
          {stored ? (
            <p className="text-sm text-muted">
              Status: <span className="font-semibold text-ink">{statusLabel}</span> · version {version}
            </p>
          ) : null}
          <p id="gem-genvej" className="sr-only">
            {SAVE_COPY.shortcut}
          </p>
          {live && !readOnly ? (
            <p id="opdateret-hint" className="basis-full text-xs text-muted">
              {SAVE_COPY.markUpdatedHint}
            </p>
          ) : null}
        </div>

        {stoppedAt ? (
          <p role="alert" className="border-l-4 border-brand bg-red-50 p-3 text-sm font-semibold text-brand-dark">
            {SAVE_COPY.stoppedSchedule(stoppedFormat.format(new Date(stoppedAt)))}
          </p>
        ) : null}

        {stored ? <Presence articleId={stored.id} /> : null}
        {save.kind === 'conflict' ? (
          <MergePanel
            key={save.merge.version}
            message={save.message}
            merge={save.merge}
            mine={content}
            choices={choices}
            related={known}
            pending={pending}
            onResolve={(picks) => startTransition(async () => void (await resolveConflict(picks)))}
          />
        ) : null}
        {mergeNote ? (
          <div
            role="status"
            className="flex items-start justify-between gap-3 border-l-4 border-ink bg-white p-3 text-sm"
          >
            <p>{mergeNote}</p>
            <button type="button" className="underline" onClick={() => setMergeNote(null)}>
              {MERGE_COPY.close}
            </button>
          </div>
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
            excludeId={stored?.id}
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
          <div id="relaterede">
            <RelatedField
              relatedIds={content.relatedIds}
              known={known}
              excludeId={stored?.id}
              onChange={(ids) => update('relatedIds', ids)}
              onPicked={remember}
            />
          </div>

          <div id="topbillede">
            <MediaPicker
              value={topImage}
              onChange={(image) => {
                setTopImage(image);
                // Editing the chosen image's texts in place is no change to the article.
                if ((image?.id ?? null) !== content.topImageId) update('topImageId', image?.id ?? null);
              }}
            />
          </div>

          <SeoFields
            seoTitle={content.seoTitle}
            seoDescription={content.seoDescription}
            onTitle={(value) => update('seoTitle', value)}
            onDescription={(value) => update('seoDescription', value)}
          />
        </fieldset>
      </form>

      <div className="grid content-start gap-6">
        {stored ? (
          <WorkflowPanel
            article={stored}
            check={check}
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
