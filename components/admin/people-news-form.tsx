'use client';

import { createPeopleNewsAction, deletePeopleNewsAction, updatePeopleNewsAction } from '@/app/admin/(desk)/navnenyt/actions';
import type { AdminPeopleNews } from '@/db/queries/people-news-admin';
import type { MediaOption } from '@/db/queries/widget-admin';
import { ActionButton, Field, INPUT_CLASS, MediaSelect, SubmitButton, TextField, useWidgetAction, WidgetResultMessage } from './widget-form';

/** Creates a Navnenyt entry, or edits one with delete beside the form. */
export function PeopleNewsForm({
  entry,
  companies,
  labels,
  media,
}: {
  entry?: AdminPeopleNews;
  companies: string[];
  labels: string[];
  media: MediaOption[];
}) {
  const { result, pending, run, onSubmit, fieldError } = useWidgetAction();
  const save = entry ? (values: Record<string, string>) => updatePeopleNewsAction(entry.id, values) : createPeopleNewsAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form onSubmit={onSubmit(save)} className="grid gap-4" noValidate>
        <TextField id="pn-name" name="name" label="Navn" defaultValue={entry?.name} required maxLength={120} error={fieldError('name')} />
        <TextField id="pn-company" name="company" label="Virksomhed" list="pn-companies" defaultValue={entry?.company} required
          hint="Vælg fra listen, eller skriv navnet på en ny virksomhed." error={fieldError('company')} />
        <datalist id="pn-companies">
          {companies.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField id="pn-role" name="role" label="Stilling" defaultValue={entry?.role} required maxLength={120} error={fieldError('role')} />
        <TextField id="pn-start" name="startDate" type="date" label="Startdato" defaultValue={entry?.startDate ?? ''} error={fieldError('startDate')} />
        <TextField id="pn-label" name="label" label="Kategori" list="pn-labels" defaultValue={entry?.label ?? labels[0]} required maxLength={60}
          hint="F.eks. Nyt job eller Forfremmelse; skriv en ny, hvis ingen passer." error={fieldError('label')} />
        <datalist id="pn-labels">
          {labels.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <Field id="pn-body" label="Tekst" error={fieldError('body')}>
          {(props) => <textarea {...props} name="body" rows={6} maxLength={3000} required defaultValue={entry?.body} className={INPUT_CLASS} />}
        </Field>
        <MediaSelect id="pn-photo" name="photoId" label="Foto" options={media} defaultValue={entry?.photoId ?? null} error={fieldError('photoId')} />
        <SubmitButton pending={pending} label={entry ? 'Gem navnenyhed' : 'Opret navnenyhed'} pendingLabel={entry ? 'Gemmer …' : 'Opretter …'} />
      </form>
      {entry ? (
        <div className="flex flex-wrap gap-2 border-t border-rule pt-4">
          <ActionButton label="Slet navnenyhed" pending={pending} confirm={`Slet navnenyheden om ${entry.name} for altid?`}
            onClick={() => run(() => deletePeopleNewsAction(entry.id))} />
        </div>
      ) : null}
      <WidgetResultMessage result={result} />
    </div>
  );
}
