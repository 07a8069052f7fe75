import Link from 'next/link';

import { getFeaturedTags, getSections } from '@/db/queries/listings';
import { SITE_NAME, SITE_TAGLINE } from '@/domain/site';
import { COPY } from '@/copy/site';
import { SectionNavLink } from './section-nav-link';

export async function SiteHeader() {
  const [sections, featured] = await Promise.all([getSections(), getFeaturedTags()]);
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
      {/* On a phone the sections scroll sideways; the search link stays in view beside them. */}
      <nav aria-label={COPY.mainNav} className="border-t border-rule">
        <div className="mx-auto flex max-w-6xl items-stretch px-2 text-sm font-semibold sm:px-4">
          <ul className="flex min-w-0 flex-1 gap-1 overflow-x-auto sm:gap-3">
            {sections
              .filter((section) => !section.hidden)
              .map((section) => (
                <li key={section.slug} className="shrink-0">
                  <SectionNavLink href={`/${section.slug}`}>{section.name}</SectionNavLink>
                </li>
              ))}
          </ul>
          <div className="shrink-0 border-l border-rule pl-1 sm:border-0">
            <SectionNavLink href="/soeg">{COPY.search}</SectionNavLink>
          </div>
        </div>
      </nav>
      {featured.length > 0 ? (
        // The editors' featured tags: a second, lighter row that scrolls sideways on a phone like the menu.
        <nav aria-label={COPY.focusNav} className="border-t border-rule bg-neutral-50">
          <div className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-1.5 text-sm">
            <span aria-hidden="true" className="shrink-0 text-xs font-bold uppercase tracking-wide text-brand">
              {COPY.focusNav}
            </span>
            <ul className="flex min-w-0 flex-1 gap-x-4 overflow-x-auto">
              {featured.map((tag) => (
                <li key={tag.slug} className="shrink-0">
                  <SectionNavLink href={`/tag/${tag.slug}`}>{tag.name}</SectionNavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}
