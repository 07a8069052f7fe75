'use client';

import { deleteTagAction, mergeTagAction, updateTagAction } from '@/server/actions/tags';
import type { AdminTag } from '@/db/queries/tag-admin';
import {
  ActionButton,
  ActionResultMessage,
  DescriptionField,
  NameAndAddressFields,
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
        <NameAndAddressFields
          idPrefix="tg"
          name={tag.name}
          address={tag.slug}
          nameMaxLength={60}
          addressHint={`Emnet ligger på /tag/${tag.slug}. Ændrer du adressen, sender den gamle læserne videre.`}
          fieldError={fieldError}
        />
        <DescriptionField
          id="tg-description"
          hint="Vises øverst på emnesiden og som beskrivelse i søgemaskinerne."
          defaultValue={tag.description}
          error={fieldError('description')}
        />
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
