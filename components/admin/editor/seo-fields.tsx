import { input } from '../form-classes';
import { Field } from './fields';

const SEO_TITLE_LIMIT = 60;
const SEO_DESCRIPTION_LIMIT = 155;

/** The search-engine title and description, with the recommended lengths counted as one types. */
export function SeoFields({
  seoTitle,
  seoDescription,
  onTitle,
  onDescription,
}: {
  seoTitle: string | null;
  seoDescription: string | null;
  onTitle: (value: string) => void;
  onDescription: (value: string) => void;
}) {
  return (
    <>
      <Field
        id="seo-titel"
        text="SEO-titel"
        hint={`${(seoTitle ?? '').length} af anbefalet ${SEO_TITLE_LIMIT} tegn. Tom: overskriften bruges.`}
      >
        <input
          id="seo-titel"
          className={input}
          value={seoTitle ?? ''}
          maxLength={120}
          aria-describedby="seo-titel-hint"
          onChange={(event) => onTitle(event.target.value)}
        />
      </Field>
      <Field
        id="seo-beskrivelse"
        text="SEO-beskrivelse"
        hint={`${(seoDescription ?? '').length} af anbefalet ${SEO_DESCRIPTION_LIMIT} tegn. Tom: manchetten bruges.`}
      >
        <textarea
          id="seo-beskrivelse"
          className={`${input} h-20`}
          value={seoDescription ?? ''}
          maxLength={300}
          aria-describedby="seo-beskrivelse-hint"
          onChange={(event) => onDescription(event.target.value)}
        />
      </Field>
    </>
  );
}
