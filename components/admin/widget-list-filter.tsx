import Link from 'next/link';

/** Links that narrow an admin list (active / expired / all); the current one is marked for screen readers too. */
export function WidgetListFilter<T extends string>({
  label,
  basePath,
  current,
  filters,
  defaultValue,
}: {
  label: string;
  basePath: string;
  current: T;
  filters: { value: T; label: string }[];
  defaultValue: T;
}) {
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {filters.map((filter) => (
          <li key={filter.value}>
            <Link
              href={filter.value === defaultValue ? basePath : `${basePath}?vis=${filter.value}`}
              aria-current={filter.value === current ? 'page' : undefined}
              className="inline-block border border-neutral-500 px-3 py-1.5 font-semibold aria-[current=page]:bg-ink aria-[current=page]:text-white"
            >
              {filter.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
