/**
 * A labelled <select> for the reader site's GET filter forms (search, job board): the first option is the
 * "all" choice with an empty value, so submitting it drops the filter.
 */
export function SelectField({
  id,
  name,
  label,
  allLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | null | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="border border-neutral-500 bg-white px-2 py-2.5">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
