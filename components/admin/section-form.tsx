'use client';

import {
  createSectionAction,
  deleteSectionAction,
  moveSectionAction,
  updateSectionAction,
} from '@/server/actions/sections';
import type { AdminSection } from '@/db/queries/sections';
import {
  ActionButton,
  ActionResultMessage,
  DescriptionField,
  NameAndAddressFields,
  SubmitButton,
  useWidgetAction,
} from './widget-form';
import { button } from './form-classes';

/** Creates a section, or edits one with delete below the form. */
export function SectionForm({ section }: { section?: AdminSection }) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  const save = section
    ? (values: Record<string, string>) => updateSectionAction(section.id, values)
    : createSectionAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps(save)} className="grid gap-4" noValidate>
        <NameAndAddressFields
          idPrefix="se"
          name={section?.name}
          address={section?.slug}
          nameMaxLength={40}
          addressHint={
            section
              ? `Sektionen ligger på /${section.slug}. Ændrer du adressen, sender den gamle adresse og artiklerne under den læserne videre.`
              : 'Sektionens adresse, /…; laves af navnet.'
          }
          fieldError={fieldError}
        />
        <DescriptionField
          id="se-description"
          hint="Vises øverst på sektionssiden og som beskrivelse i søgemaskinerne."
          defaultValue={section?.description}
          error={fieldError('description')}
        />
        <div className="grid gap-1">
          <div className="flex items-center gap-2">
            <input
              id="se-hidden"
              name="hidden"
              type="checkbox"
              defaultChecked={section?.hidden ?? false}
              aria-describedby="se-hidden-hint"
              className="size-4"
            />
            <label htmlFor="se-hidden" className="text-sm font-semibold">
              Skjul i menuen
            </label>
          </div>
          <p id="se-hidden-hint" className="text-xs text-muted">
            En skjult sektion er ude af menuen, bunden og forsidens sektionsblokke. Dens side og artikler kan stadig
            læses, men siden vises ikke i søgemaskinerne.
          </p>
        </div>
        <SubmitButton
          pending={pending}
          label={section ? 'Gem sektion' : 'Opret sektion'}
          pendingLabel={section ? 'Gemmer …' : 'Opretter …'}
        />
      </form>
      {section ? (
        <div className="border-t border-rule pt-4">
          <ActionButton
            label="Slet sektion"
            pending={pending}
            confirm={`Slet sektionen ${section.name}?`}
            onClick={() => run(() => deleteSectionAction(section.id))}
          />
        </div>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}

/** "Op" and "Ned" for a section's place in the menu, with the outcome announced. */
export function SectionOrderButtons({
  section,
  first,
  last,
}: {
  section: { id: number; name: string };
  first: boolean;
  last: boolean;
}) {
  const { result, pending, run } = useWidgetAction();
  return (
    <div className="grid gap-1">
      <div className="flex gap-1">
        <button
          type="button"
          className={button}
          disabled={pending || first}
          aria-label={`Ryk ${section.name} op`}
          onClick={() => run(() => moveSectionAction(section.id, -1))}
        >
          Op
        </button>
        <button
          type="button"
          className={button}
          disabled={pending || last}
          aria-label={`Ryk ${section.name} ned`}
          onClick={() => run(() => moveSectionAction(section.id, 1))}
        >
          Ned
        </button>
      </div>
      <ActionResultMessage result={result} />
    </div>
  );
}
