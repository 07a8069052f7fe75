'use client';

import { useState } from 'react';

import {
  createAuthorAction,
  deleteAuthorAction,
  mergeAuthorAction,
  updateAuthorAction,
} from '@/server/actions/authors';
import type { AdminAuthor } from '@/db/queries/authors';
import type { MediaSummary } from '@/db/queries/media';
import {
  ActionButton,
  ActionResultMessage,
  Field,
  INPUT_CLASS,
  MediaField,
  NameAndAddressFields,
  SubmitButton,
  TextField,
  useWidgetAction,
} from './widget-form';

type Option = { id: number; name: string };

/** A yes/no box that sends "on" when ticked (the action reads absence as no). */
function Checkbox({
  id,
  name,
  label,
  defaultChecked,
}: {
  id: string;
  name: string;
  label: string;
  defaultChecked: boolean;
}) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} className="size-4" />
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
    </div>
  );
}

/** Creates an author, or edits one with merge and delete below the form. */
export function AuthorForm({
  author,
  photo,
  users,
  otherAuthors,
}: {
  author?: AdminAuthor;
  /** The author's portrait as it is now. */
  photo: MediaSummary | null;
  /** Staff accounts the author can be linked to (those without an author, and the author's own). */
  users: (Option & { email: string })[];
  /** The authors this one can be merged into. */
  otherAuthors: Option[];
}) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  const save = author ? (values: Record<string, string>) => updateAuthorAction(author.id, values) : createAuthorAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps(save)} className="grid gap-4" noValidate>
        <NameAndAddressFields
          idPrefix="au"
          name={author?.name}
          address={author?.slug}
          nameMaxLength={120}
          addressHint={
            author
              ? `Skribentsiden ligger på /skribent/${author.slug}. Ændrer du adressen, sender den gamle læserne videre.`
              : 'Skribentsidens adresse, /skribent/…; laves af navnet.'
          }
          fieldError={fieldError}
        />
        <TextField
          id="au-title"
          name="title"
          label="Titel"
          defaultValue={author?.title}
          maxLength={80}
          hint="F.eks. Journalist, Redaktør eller Freelancejournalist."
          error={fieldError('title')}
        />
        <Field
          id="au-bio"
          label="Kort biografi"
          hint="Vises på skribentsiden og i søgemaskinerne."
          error={fieldError('bio')}
        >
          {(props) => (
            <textarea
              {...props}
              name="bio"
              rows={4}
              maxLength={600}
              defaultValue={author?.bio}
              className={INPUT_CLASS}
            />
          )}
        </Field>
        <MediaField
          name="photoId"
          names={{
            legend: 'Portræt (vises kvadratisk, beskåret om fokuspunktet)',
            noun: 'portrættet',
            textsRequired: false,
          }}
          initial={photo}
          error={fieldError('photoId')}
        />
        <TextField
          id="au-email"
          name="email"
          type="email"
          label="E-mailadresse"
          defaultValue={author?.email ?? ''}
          maxLength={254}
          error={fieldError('email')}
        />
        <Checkbox
          id="au-show-email"
          name="showEmail"
          label="Vis e-mailadressen på skribentsiden"
          defaultChecked={author?.showEmail ?? false}
        />
        <fieldset className="grid gap-3 border border-rule p-3">
          <legend className="px-1 text-sm font-semibold">Profiler andre steder (https-adresser)</legend>
          <TextField
            id="au-linkedin"
            name="linkedinUrl"
            type="url"
            label="LinkedIn"
            placeholder="https://www.linkedin.com/in/…"
            defaultValue={author?.linkedinUrl ?? ''}
            error={fieldError('linkedinUrl')}
          />
          <TextField
            id="au-x"
            name="xUrl"
            type="url"
            label="X"
            placeholder="https://x.com/…"
            defaultValue={author?.xUrl ?? ''}
            error={fieldError('xUrl')}
          />
          <TextField
            id="au-mastodon"
            name="mastodonUrl"
            type="url"
            label="Mastodon"
            placeholder="https://mastodon.social/@…"
            defaultValue={author?.mastodonUrl ?? ''}
            error={fieldError('mastodonUrl')}
          />
        </fieldset>
        <Field
          id="au-user"
          label="Bruger"
          hint="Den medarbejder, der skriver som denne skribent. Nye artikler får automatisk skribenten i bylinen. Gæste- og freelanceskribenter har ingen bruger."
          error={fieldError('userId')}
        >
          {(props) => (
            <select {...props} name="userId" defaultValue={author?.userId ?? ''} className={INPUT_CLASS}>
              <option value="">Ingen bruger (gæst eller freelance)</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkbox
          id="au-active"
          name="active"
          label="Aktiv (kan vælges i bylinen på nye artikler)"
          defaultChecked={author?.active ?? true}
        />
        <SubmitButton
          pending={pending}
          label={author ? 'Gem skribent' : 'Opret skribent'}
          pendingLabel={author ? 'Gemmer …' : 'Opretter …'}
        />
      </form>
      {author ? <AuthorDangerZone author={author} otherAuthors={otherAuthors} pending={pending} run={run} /> : null}
      <ActionResultMessage result={result} />
    </div>
  );
}

/** Merging into another author (bylines move, the page redirects) and deleting one no article names. */
function AuthorDangerZone({
  author,
  otherAuthors,
  pending,
  run,
}: {
  author: AdminAuthor;
  otherAuthors: Option[];
  pending: boolean;
  run: ReturnType<typeof useWidgetAction>['run'];
}) {
  const [targetId, setTargetId] = useState('');
  const target = otherAuthors.find((other) => String(other.id) === targetId);
  return (
    <div className="grid gap-4 border-t border-rule pt-4">
      <section aria-labelledby="au-merge-heading" className="grid gap-2">
        <h2 id="au-merge-heading" className="text-lg font-bold">
          Flet ind i en anden skribent
        </h2>
        <p className="text-sm">
          Til dubletter: artiklerne får den anden skribent i bylinen, og {author.name}s side sender læserne videre til
          den andens side. {author.name} slettes bagefter.
        </p>
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1">
            <label htmlFor="au-merge" className="text-sm font-semibold">
              Skribent, der overtager artiklerne
            </label>
            <select
              id="au-merge"
              value={targetId}
              onChange={(event) => setTargetId(event.target.value)}
              className={INPUT_CLASS}
            >
              <option value="">Vælg skribent …</option>
              {otherAuthors.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </div>
          <ActionButton
            label="Flet skribenter"
            pending={pending || !target}
            confirm={target && `Flet ${author.name} ind i ${target.name}? Det kan ikke fortrydes.`}
            onClick={() => run(() => mergeAuthorAction(author.id, { targetId }))}
          />
        </div>
      </section>
      <div>
        <ActionButton
          label="Slet skribent"
          pending={pending}
          confirm={`Slet skribenten ${author.name} for altid?`}
          onClick={() => run(() => deleteAuthorAction(author.id))}
        />
      </div>
    </div>
  );
}
