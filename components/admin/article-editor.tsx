'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from 'react';

import {
  correctionAction,
  createArticleAction,
  deleteArticleAction,
  pickerSearchAction,
  saveArticleAction,
  transitionAction,
} from '@/server/actions/articles';
import type { EditableArticle } from '@/db/queries/editor';
import type { MediaSummary } from '@/db/queries/media';
import { emptyArticleContent } from '@/domain/article/content';
import { MarkdownBody } from '@/components/site/markdown-body';
import type { RelatedTarget } from '@/domain/markdown';
import { slugify } from '@/domain/slug';
import { BODY_MAX_CHARS } from '@/copy/admin';
import { useLeaveGuard } from './leave-guard';
import { MediaPicker } from './media-picker';
import type { ArticleContent } from '@/domain/article/content';
import type { Transition } from '@/domain/article/workflow';

// The article editor. Every save sends the version it started from; if someone else saved in between, the server
// refuses and the editor shows who and when, keeps the unsaved text on screen (and copyable), and lets the user
// reload or deliberately overwrite. Drafts autosave every few seconds; leaving with unsaved changes warns.

export type EditorChoices = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: string[];
};

export type EditorPermissions = {
  canEdit: boolean;
  canSubmit: boolean;
  canPublish: boolean;
  canCorrect: boolean;
  canDelete: boolean;
};

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

type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_MS = 4000;
const SEO_TITLE_LIMIT = 60;
const SEO_DESCRIPTION_LIMIT = 155;

const timeFormat = new Intl.DateTimeFormat('da-DK', { timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function contentOf(article: EditableArticle): ArticleContent {
  const {
    title,
    slug,
    lead,
    body,
    kind,
    sponsor,
    sectionId,
    topImageId,
    seoTitle,
    seoDescription,
    authorIds,
    tags,
    relatedIds,
  } = article;
  return {
    title,
    slug,
    lead,
    body,
    kind,
    sponsor,
    sectionId,
    topImageId,
    seoTitle,
    seoDescription,
    authorIds,
    tags,
    relatedIds,
  };
}

const label = 'text-sm font-semibold';
const input = 'w-full border border-neutral-500 bg-white px-3 py-2';
const button =
  'border border-neutral-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-50';
const primary = 'bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-50';

function Field({ id, text, children, hint }: { id: string; text: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function ArticleEditor({
  article,
  choices,
  permissions,
  knownArticles,
  statusLabel,
  topImage: initialTopImage,
}: Props) {
  const router = useRouter();
  const [topImage, setTopImage] = useState(initialTopImage);
  const [content, setContent] = useState<ArticleContent>(() =>
    article ? contentOf(article) : emptyArticleContent(choices.sections[0]?.id ?? 0),
  );
  const [version, setVersion] = useState(article?.version ?? 0);
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [changeSlug, setChangeSlug] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: article?.updatedAt ?? null });
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [publishAt, setPublishAt] = useState('');
  const [correction, setCorrection] = useState('');
  const [tagDraft, setTagDraft] = useState('');
  const [pending, startTransition] = useTransition();
  const [known, setKnown] = useState(() => new Map(knownArticles));
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const saving = useRef(false);
  // Counts edits, so a save that finishes after the user typed on does not mark the newer text as saved.
  const edits = useRef(0);

  const isNew = article === null;
  const published = article?.publishedAt != null;
  const slugLocked = published && !changeSlug;
  const readOnly = !permissions.canEdit;

  const update = useCallback(<K extends keyof ArticleContent>(key: K, value: ArticleContent[K]) => {
    edits.current += 1;
    setContent((previous) => ({ ...previous, [key]: value }));
    setSave((previous) => (previous.kind === 'conflict' ? previous : { kind: 'dirty' }));
  }, []);

  const dirty = save.kind === 'dirty' || save.kind === 'error' || save.kind === 'conflict';

  // Ask before leaving with unsaved changes (a new article is unsaved until it is created).
  useLeaveGuard(dirty);

  const doSave = useCallback(
    async (options: { overwrite?: boolean } = {}) => {
      if (saving.current || readOnly) return false;
      // Refused here, before sending: a body far over the limit would otherwise fail as an oversized request.
      if (content.body.length > BODY_MAX_CHARS) {
        setSave({
          kind: 'error',
          message: `Brødteksten er for lang: ${content.body.length.toLocaleString('da-DK')} tegn, højst ${BODY_MAX_CHARS.toLocaleString('da-DK')}. Din tekst er ikke gemt.`,
        });
        return false;
      }
      saving.current = true;
      const editsAtStart = edits.current;
      setSave({ kind: 'saving' });
      try {
        if (isNew) {
          const result = await createArticleAction(content);
          if (!result.ok) {
            setSave({ kind: 'error', message: result.error });
            return false;
          }
          setSave({ kind: 'saved', at: new Date().toISOString() });
          router.replace(`/admin/artikler/${result.id}`);
          return true;
        }
        const result = await saveArticleAction(article.id, version, content, {
          changeSlug,
          overwrite: options.overwrite,
        });
        if (!result.ok) {
          if (result.conflict) {
            setConflictVersion(result.conflict.version ?? null);
            setSave({ kind: 'conflict', message: result.error });
          } else {
            setSave({ kind: 'error', message: result.error });
          }
          return false;
        }
        setVersion(result.version);
        setConflictVersion(null);
        setChangeSlug(false);
        setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.savedAt } : { kind: 'dirty' });
        return true;
      } catch {
        setSave({ kind: 'error', message: 'Forbindelsen til serveren svigtede. Din tekst er ikke gemt endnu.' });
        return false;
      } finally {
        saving.current = false;
      }
    },
    [article, changeSlug, content, isNew, readOnly, router, version],
  );

  // Autosave drafts a few seconds after the last change (not new articles: they need a deliberate first save).
  useEffect(() => {
    if (isNew || readOnly || article.status !== 'draft' || save.kind !== 'dirty') return;
    const timer = window.setTimeout(() => void doSave(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [article, doSave, isNew, readOnly, save]);

  function act(transition: Transition) {
    if (!article) return;
    // The datetime-local value is the browser's (Copenhagen) local time; an empty or partial one is no time at all.
    const time = new Date(publishAt);
    if (transition === 'schedule' && (!publishAt || Number.isNaN(time.getTime()))) {
      setNotice('Vælg tidspunktet for udgivelsen.');
      return;
    }
    if (
      transition === 'unpublish' &&
      !window.confirm(
        `Afpublicér »${article.title}«? Artiklen forsvinder fra sitet med det samme, og dens adresse svarer 410.`,
      )
    )
      return;
    const at = transition === 'schedule' ? time.toISOString() : undefined;
    startTransition(async () => {
      setNotice(null);
      if (dirty && !(await doSave())) return;
      const result = await transitionAction(article.id, transition, at);
      if (!result.ok) {
        setNotice(result.error);
        return;
      }
      setVersion(result.version);
      router.refresh();
    });
  }

  function addTag() {
    const tag = tagDraft.trim();
    if (tag && !content.tags.includes(tag)) update('tags', [...content.tags, tag]);
    setTagDraft('');
  }

  function addCorrection() {
    if (!article) return;
    startTransition(async () => {
      const result = await correctionAction(article.id, correction);
      if (!result.ok) {
        setNotice(result.error);
        return;
      }
      setCorrection('');
      setVersion(result.version);
      setNotice('Rettelsen er tilføjet og vises på artiklen.');
      router.refresh();
    });
  }

  function remove() {
    if (!article || !window.confirm(`Slet »${article.title}« for altid? Det kan ikke fortrydes.`)) return;
    startTransition(async () => {
      const result = await deleteArticleAction(article.id);
      if (!result.ok) {
        setNotice(result.error);
        return;
      }
      router.replace('/admin');
    });
  }

  // Markdown toolbar: wraps the selection or inserts at the cursor.
  function insert(before: string, after = '', placeholder = '') {
    const area = bodyRef.current;
    if (!area) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const selected = value.slice(start, end) || placeholder;
    const next = `${value.slice(0, start)}${before}${selected}${after}${value.slice(end)}`;
    update('body', next);
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
    update('body', `${value.slice(0, lineStart)}${prefixed}${value.slice(end)}`);
  }

  const relatedMap = useMemo(() => known, [known]);
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
          <section aria-labelledby="konflikt" className="border-2 border-brand bg-red-50 p-4">
            <h2 id="konflikt" className="font-extrabold text-brand-dark">
              {save.message}
            </h2>
            <p className="mt-1 text-sm">
              Din version er ikke gemt. Teksten nedenfor er din; kopiér den, hvis du vil beholde den, og vælg så:
            </p>
            <label htmlFor="konflikt-tekst" className="mt-2 block text-sm font-semibold">
              Din ikke-gemte brødtekst
            </label>
            <textarea
              id="konflikt-tekst"
              readOnly
              value={content.body}
              className={`${input} mt-1 h-24 font-mono text-xs`}
            />
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className={button} onClick={() => window.location.reload()}>
                Hent den nyeste version (dine ændringer kasseres)
              </button>
              <button
                type="button"
                className={primary}
                disabled={pending || conflictVersion === null}
                onClick={() => startTransition(async () => void (await doSave({ overwrite: true })))}
              >
                Overskriv med min version
              </button>
            </div>
          </section>
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
                  setContent((previous) => ({
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
              value={content.body}
              onChange={(event) => update('body', event.target.value)}
              aria-describedby={content.body.length > BODY_MAX_CHARS * 0.9 ? 'broedtekst-laengde' : undefined}
            />
            {content.body.length > BODY_MAX_CHARS * 0.9 ? (
              <p
                id="broedtekst-laengde"
                className={`text-xs ${content.body.length > BODY_MAX_CHARS ? 'font-semibold text-brand-dark' : 'text-muted'}`}
              >
                {content.body.length.toLocaleString('da-DK')} af højst {BODY_MAX_CHARS.toLocaleString('da-DK')} tegn
              </p>
            ) : null}
            <RelatedPicker
              label="Indsæt »Læs også«-blok"
              excludeId={article?.id}
              onPick={(pick) => {
                setKnown((previous) => new Map(previous).set(pick.id, { title: pick.title, path: pick.path }));
                insert(`\n::related{id=${pick.id} label="Læs også"}\n`);
              }}
            />
          </div>

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

          <fieldset className="grid gap-2 border border-rule p-3">
            <legend className={label}>Skribenter (i rækkefølge)</legend>
            <ol className="grid gap-1">
              {content.authorIds.map((id, index) => (
                <li key={id} className="flex items-center gap-2 text-sm">
                  <span className="grow">{choices.authors.find((author) => author.id === id)?.name ?? `#${id}`}</span>
                  <button
                    type="button"
                    className={button}
                    disabled={index === 0}
                    onClick={() => update('authorIds', move(content.authorIds, index, -1))}
                  >
                    Op
                  </button>
                  <button
                    type="button"
                    className={button}
                    onClick={() =>
                      update(
                        'authorIds',
                        content.authorIds.filter((other) => other !== id),
                      )
                    }
                  >
                    Fjern
                  </button>
                </li>
              ))}
            </ol>
            <label htmlFor="ny-skribent" className="sr-only">
              Tilføj skribent
            </label>
            <select
              id="ny-skribent"
              className={input}
              value=""
              onChange={(event) =>
                event.target.value && update('authorIds', [...content.authorIds, Number(event.target.value)])
              }
            >
              <option value="">Tilføj skribent …</option>
              {choices.authors
                .filter((author) => !content.authorIds.includes(author.id))
                .map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
            </select>
          </fieldset>

          <fieldset className="grid gap-2 border border-rule p-3">
            <legend className={label}>Emner</legend>
            <ul className="flex flex-wrap gap-2">
              {content.tags.map((tag) => (
                <li key={tag}>
                  <button
                    type="button"
                    className={button}
                    aria-label={`Fjern emnet ${tag}`}
                    onClick={() =>
                      update(
                        'tags',
                        content.tags.filter((other) => other !== tag),
                      )
                    }
                  >
                    {tag} ×
                  </button>
                </li>
              ))}
            </ul>
            <div className="flex gap-2">
              <label htmlFor="nyt-emne" className="sr-only">
                Tilføj emne
              </label>
              <input
                id="nyt-emne"
                list="kendte-emner"
                className={input}
                placeholder="Skriv et emne og tryk Tilføj"
                value={tagDraft}
                onChange={(event) => setTagDraft(event.target.value)}
                onKeyDown={(event) => {
                  // Enter adds the tag; it must not submit (and save) the whole article.
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  addTag();
                }}
              />
              <datalist id="kendte-emner">
                {choices.tags.map((tag) => (
                  <option key={tag} value={tag} />
                ))}
              </datalist>
              <button type="button" className={button} onClick={addTag}>
                Tilføj
              </button>
            </div>
          </fieldset>

          <fieldset className="grid gap-2 border border-rule p-3">
            <legend className={label}>Relaterede artikler</legend>
            <ol className="grid gap-1">
              {content.relatedIds.map((id) => (
                <li key={id} className="flex items-center gap-2 text-sm">
                  <span className="grow">{known.get(id)?.title ?? `Artikel #${id}`}</span>
                  <button
                    type="button"
                    className={button}
                    onClick={() =>
                      update(
                        'relatedIds',
                        content.relatedIds.filter((other) => other !== id),
                      )
                    }
                  >
                    Fjern
                  </button>
                </li>
              ))}
            </ol>
            <RelatedPicker
              label="Tilføj relateret artikel"
              excludeId={article?.id}
              onPick={(pick) => {
                setKnown((previous) => new Map(previous).set(pick.id, { title: pick.title, path: pick.path }));
                if (!content.relatedIds.includes(pick.id)) update('relatedIds', [...content.relatedIds, pick.id]);
              }}
            />
          </fieldset>

          <MediaPicker
            value={topImage}
            onChange={(image) => {
              setTopImage(image);
              update('topImageId', image?.id ?? null);
            }}
          />

          <Field
            id="seo-titel"
            text="SEO-titel"
            hint={`${(content.seoTitle ?? '').length} af anbefalet ${SEO_TITLE_LIMIT} tegn. Tom: overskriften bruges.`}
          >
            <input
              id="seo-titel"
              className={input}
              value={content.seoTitle ?? ''}
              maxLength={120}
              aria-describedby="seo-titel-hint"
              onChange={(event) => update('seoTitle', event.target.value)}
            />
          </Field>
          <Field
            id="seo-beskrivelse"
            text="SEO-beskrivelse"
            hint={`${(content.seoDescription ?? '').length} af anbefalet ${SEO_DESCRIPTION_LIMIT} tegn. Tom: manchetten bruges.`}
          >
            <textarea
              id="seo-beskrivelse"
              className={`${input} h-20`}
              value={content.seoDescription ?? ''}
              maxLength={300}
              aria-describedby="seo-beskrivelse-hint"
              onChange={(event) => update('seoDescription', event.target.value)}
            />
          </Field>
        </fieldset>
      </form>

      <div className="grid content-start gap-6">
        {article ? (
          <section aria-labelledby="arbejdsgang" className="grid gap-3 border border-rule bg-white p-4">
            <h2 id="arbejdsgang" className="text-lg font-extrabold">
              Arbejdsgang
            </h2>
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/admin/forhaandsvisning/${article.id}`}
                className={button}
                target="_blank"
                aria-describedby={dirty ? 'forhaandsvisning-ikke-gemt' : undefined}
              >
                Forhåndsvisning
              </Link>
              <Link href={`/admin/artikler/${article.id}/historik`} className={button}>
                Historik
              </Link>
              {permissions.canSubmit && article.status === 'draft' ? (
                <button type="button" className={button} disabled={pending} onClick={() => act('submit')}>
                  Send til redigering
                </button>
              ) : null}
              {permissions.canPublish && article.status !== 'published' ? (
                <button type="button" className={primary} disabled={pending} onClick={() => act('publish')}>
                  Udgiv nu
                </button>
              ) : null}
              {permissions.canPublish && article.status === 'published' ? (
                <button type="button" className={button} disabled={pending} onClick={() => act('unpublish')}>
                  Afpublicér
                </button>
              ) : null}
              {permissions.canPublish && (article.status === 'review' || article.status === 'scheduled') ? (
                <button type="button" className={button} disabled={pending} onClick={() => act('back-to-draft')}>
                  Tilbage til kladde
                </button>
              ) : null}
            </div>
            {dirty ? (
              <p id="forhaandsvisning-ikke-gemt" className="text-xs text-muted">
                Forhåndsvisningen viser den senest gemte version; gem først for at se dine seneste ændringer.
              </p>
            ) : null}
            {permissions.canPublish && article.status !== 'published' ? (
              <div className="flex flex-wrap items-end gap-2">
                <div className="grid gap-1">
                  <label htmlFor="udgivelsestid" className={label}>
                    Udgivelsestidspunkt
                  </label>
                  <input
                    id="udgivelsestid"
                    type="datetime-local"
                    className={input}
                    value={publishAt}
                    onChange={(event) => setPublishAt(event.target.value)}
                  />
                </div>
                <button type="button" className={button} disabled={pending} onClick={() => act('schedule')}>
                  Planlæg udgivelse
                </button>
              </div>
            ) : null}
            {article.status === 'scheduled' && article.publishAt ? (
              <p className="text-sm">
                Planlagt til{' '}
                {new Intl.DateTimeFormat('da-DK', {
                  dateStyle: 'long',
                  timeStyle: 'short',
                  timeZone: 'Europe/Copenhagen',
                }).format(new Date(article.publishAt))}
                .
              </p>
            ) : null}
            {permissions.canCorrect && article.status === 'published' ? (
              <div className="grid gap-1">
                <label htmlFor="rettelse" className={label}>
                  Rettelse (vises med dato på artiklen)
                </label>
                <textarea
                  id="rettelse"
                  className={`${input} h-20`}
                  value={correction}
                  onChange={(event) => setCorrection(event.target.value)}
                />
                <button
                  type="button"
                  className={`${button} justify-self-start`}
                  disabled={pending}
                  onClick={addCorrection}
                >
                  Tilføj rettelse
                </button>
              </div>
            ) : null}
            {permissions.canDelete && !published ? (
              <button
                type="button"
                className={`${button} justify-self-start text-brand-dark`}
                disabled={pending}
                onClick={remove}
              >
                Slet artikel
              </button>
            ) : null}
          </section>
        ) : null}

        <section aria-labelledby="levende-visning" className="border border-rule bg-white p-4">
          <h2 id="levende-visning" className="text-sm font-bold uppercase tracking-wide text-muted">
            Levende visning
          </h2>
          <article className="mt-3">
            <h3 className="text-3xl font-extrabold leading-tight">{content.title || 'Overskrift'}</h3>
            {content.lead ? <p className="mt-3 text-lg font-semibold">{content.lead}</p> : null}
            <div className="article-body mt-4">
              <MarkdownBody body={content.body} related={relatedMap} sponsored={content.kind === 'sponsored'} />
            </div>
          </article>
        </section>
      </div>
    </div>
  );
}

function move<T>(list: T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item as T);
  return next;
}

type Pick = { id: number; title: string; path: string };

/** Searches published articles by title and hands the chosen one back. */
function RelatedPicker({
  label: text,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId?: number;
  onPick: (pick: Pick) => void;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ id: number; title: string; path: string }[]>([]);
  const [searching, startSearch] = useTransition();
  const id = useMemo(() => `soeg-${text.replace(/\W+/g, '-').toLowerCase()}`, [text]);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const timer = window.setTimeout(() => {
      startSearch(async () => setResults(await pickerSearchAction(query, excludeId)));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [excludeId, query]);

  const shown = query.trim().length < 2 ? [] : results;

  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {text}
      </label>
      <input
        id={id}
        type="search"
        className={input}
        placeholder="Søg efter titel"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        // The search is live; Enter must not submit (and save) the article.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      {searching ? <p className="text-xs text-muted">Søger …</p> : null}
      {shown.length > 0 ? (
        <ul className="grid gap-1 border border-rule bg-white p-2 text-sm">
          {shown.map((result) => (
            <li key={result.id}>
              <button
                type="button"
                className="text-left underline hover:text-brand"
                onClick={() => {
                  onPick(result);
                  setQuery('');
                  setResults([]);
                }}
              >
                {result.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
