'use client';

import { createPeopleNewsAction, deletePeopleNewsAction, updatePeopleNewsAction } from '@/server/actions/people-news';
import type { AdminPeopleNews } from '@/db/queries/people-news-admin';
import type { MediaSummary } from '@/db/queries/media';
import {
  ActionButton,
  CompanyField,
  DateField,
  Field,
  INPUT_CLASS,
  MediaField,
  SubmitButton,
  TextField,
  useWidgetAction,
  ActionResultMessage,
} from './widget-form';

/** Creates a Navnenyt entry, or edits one with delete beside the form. */
export function PeopleNewsForm({
  entry,
  companies,
  labels,
  authors,
  photo,
}: {
  entry?: AdminPeopleNews;
  companies: string[];
  labels: string[];
  /** Spalte's authors, for an entry about one of them. */
  authors: { id: number; name: string }[];
  /** The entry's photo as it is now. */
  photo: MediaSummary | null;
}) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  const save = entry
    ? (values: Record<string, string>) => updatePeopleNewsAction(entry.id, values)
    : createPeopleNewsAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps(save)} className="grid gap-4" noValidate>
        <TextField
          id="pn-name"
          name="name"
          label="Navn"
          defaultValue={entry?.name}
          required
          maxLength={120}
          error={fieldError('name')}
        />
        <CompanyField
          id="pn-company"
          companies={companies}
          defaultValue={entry?.company}
          error={fieldError('company')}
        />
        <TextField
          id="pn-role"
          name="role"
          label="Stilling"
          defaultValue={entry?.role}
          required
          maxLength={120}
          error={fieldError('role')}
        />
        <DateField
          id="pn-start"
          name="startDate"
          label="Startdato"
          defaultValue={entry?.startDate ?? ''}
          error={fieldError('startDate')}
        />
        <TextField
          id="pn-label"
          name="label"
          label="Kategori"
          list="pn-labels"
          defaultValue={entry?.label ?? labels[0]}
          required
          maxLength={60}
          hint="F.eks. Nyt job eller Forfremmelse; skriv en ny, hvis ingen passer."
          error={fieldError('label')}
        />
        <datalist id="pn-labels">
          {labels.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <Field id="pn-body" label="Tekst" error={fieldError('body')}>
          {(props) => (
            <textarea
              {...props}
              name="body"
              rows={6}
              maxLength={3000}
              required
              defaultValue={entry?.body}
              className={INPUT_CLASS}
            />
          )}
        </Field>
        <Field
          id="pn-author"
          label="Skriver for Spalte"
          hint="Er personen en af Spaltes skribenter, så vælg vedkommende: navnenyheden vises på skribentsiden og linker dertil."
          error={fieldError('authorId')}
        >
          {(props) => (
            <select {...props} name="authorId" defaultValue={entry?.authorId ?? ''} className={INPUT_CLASS}>
              <option value="">Nej</option>
              {authors.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MediaField
          name="photoId"
          names={{ legend: 'Foto', noun: 'fotoet', textsRequired: false }}
          initial={photo}
          error={fieldError('photoId')}
        />
        <SubmitButton
          pending={pending}
          label={entry ? 'Gem navnenyhed' : 'Opret navnenyhed'}
          pendingLabel={entry ? 'Gemmer …' : 'Opretter …'}
        />
      </form>
      {entry ? (
        <div className="flex flex-wrap gap-2 border-t border-rule pt-4">
          <ActionButton
            label="Slet navnenyhed"
            pending={pending}
            confirm={`Slet navnenyheden om ${entry.name} for altid?`}
            onClick={() => run(() => deletePeopleNewsAction(entry.id))}
          />
        </div>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}
