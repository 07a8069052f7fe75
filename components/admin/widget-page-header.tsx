import Link from 'next/link';
import type { ReactNode } from 'react';

/** A widget list's heading with its "new" button. */
export function WidgetListHeader({ title, newHref, newLabel }: { title: string; newHref: string; newLabel: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <h1 className="text-3xl font-extrabold">{title}</h1>
      <Link href={newHref} className="bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {newLabel}
      </Link>
    </div>
  );
}

/** An edit page's way back to its list, its heading and an optional line about the item. */
export function WidgetEditHeader({
  title,
  backHref,
  backLabel,
  children,
}: {
  title: string;
  backHref: string;
  backLabel: string;
  children?: ReactNode;
}) {
  return (
    <>
      <p className="text-sm">
        <Link href={backHref} className="underline">
          {backLabel}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold">{title}</h1>
      {children ? <p className="mt-1 text-sm">{children}</p> : null}
    </>
  );
}
