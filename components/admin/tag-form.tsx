'use client';

import { deleteTagAction, mergeTagAction, updateTagAction } from '@/server/actions/tags';
import type { AdminTag } from '@/db/queries/tag-admin';
import {
  ActionButton,
  ActionResultMessage,
  Field,
  INPUT_CLASS,
  SubmitButton,
  TextField,
  useWidgetAction,
} from './widget-form';
import { button } from './form-classes';

/** Edits a tag, with merge and delete below the form. */
export function TagForm({ tag }: { tag: AdminTag }) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps((values) => updateTagAction(tag.id, values))} className="grid gap-4" noValidate>
        <TextField
          id="tg-name"
          name="name"
          label="Navn"
          defaultValue={tag.name}
          required
          maxLength={60}
          error={fieldError('name')}
        />
        <TextField
          id="tg-slug"
          name="slug"
          label="Adresse"
          defaultValue={tag.slug}
          required
          maxLength={80}
          hint={`Emnet ligger på /tag/${tag.slug}. Ændrer du adressen, sender den gamle læserne videre.`}
          error={fieldError('slug')}
        />
        <Field
          id="tg-description"
          label="Beskrivelse"
          hint="Vises øverst på emnesiden og som beskrivelse i søgemaskinerne."
          error={fieldError('description')}
        >
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={3}
              maxLength={300}
              defaultValue={tag.description}
              className={INPUT_CLASS}
            />
          )}
        </Field>
        <div className="flex items-center gap-2">
          <input id="tg-featured" name="featured" type="checkbox" defaultChecked={tag.featured} className="size-4" />
          <label htmlFor="tg-featured" className="text-sm font-semibold">
            Fremhæv i Fokus-linjen under menuen
          </label>
        </div>
        <SubmitButton pending={pending} label="Gem emne" pendingLabel="Gemmer …" />
      </form>
      <form
        className="grid gap-2 border-t border-rule pt-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const target = String(new FormData(event.currentTarget).get('target') ?? '');
          if (window.confirm(`Flet ${tag.name} ind i ${target}? Det kan ikke fortrydes.`)) {
            run(() => mergeTagAction(tag.id, { target }));
          }
        }}
      >
        <h2 className="text-lg font-bold">Flet ind i et andet emne</h2>
        <p className="text-sm">
          Til dubletter og stavevarianter: artiklerne får det andet emne, og /tag/{tag.slug} sender læserne videre til
          det. {tag.name} slettes bagefter.
        </p>
        <TextField
          id="tg-target"
          name="target"
          label="Emne, der overtager artiklerne"
          required
          maxLength={60}
          error={fieldError('target')}
        />
        <button type="submit" className={`${button} justify-self-start`} disabled={pending}>
          Flet emner
        </button>
      </form>
      <div className="border-t border-rule pt-4">
        <ActionButton
          label="Slet emne"
          pending={pending}
          confirm={`Slet emnet ${tag.name}?`}
          onClick={() => run(() => deleteTagAction(tag.id))}
        />
      </div>
      <ActionResultMessage result={result} />
    </div>
  );
}
