import Link from 'next/link';

/** An admin edit page for a job, entry or campaign that no longer exists. */
export function WidgetNotFound({ title, backHref, backLabel }: { title: string; backHref: string; backLabel: string }) {
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">{title}</h1>
      <p className="mt-2">
        <Link href={backHref} className="underline">
          {backLabel}
        </Link>
      </p>
    </main>
  );
}
