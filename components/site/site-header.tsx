import Link from 'next/link';

import { getSections } from '@/db/queries/articles';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';
import { COPY } from './copy';

export async function SiteHeader() {
  const sections = await getSections();
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href="#indhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
      >
        {COPY.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-1 px-4 pb-2 pt-4">
        <Link href="/" className="text-4xl font-black tracking-tight text-brand no-underline">
          {SITE_NAME}
        </Link>
        <p className="text-sm text-muted">{SITE_TAGLINE}</p>
      </div>
      <nav aria-label={COPY.mainNav} className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold sm:gap-3 sm:px-4">
          {sections.map((section) => (
            <li key={section.slug} className="shrink-0">
              <Link href={`/${section.slug}`} className="block px-2 py-2.5 text-ink hover:text-brand">
                {section.name}
              </Link>
            </li>
          ))}
          <li className="ml-auto shrink-0">
            <Link href="/soeg" className="block px-2 py-2.5 text-ink hover:text-brand">
              {COPY.search}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
