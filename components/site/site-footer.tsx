import Link from 'next/link';

import { getSections } from '@/db/queries/listings';
import { SITE_NAME } from '@/domain/site';
import { COPY } from '@/copy/site';

export async function SiteFooter() {
  const sections = await getSections();
  return (
    <footer className="mt-16 border-t-4 border-brand bg-neutral-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-2">
        <div>
          <p className="text-2xl font-black text-brand">{SITE_NAME}</p>
          <p className="mt-2 max-w-prose text-muted">{COPY.footerAbout}</p>
          <p className="mt-2">
            <a href="mailto:redaktion@spalte.dk" className="underline">
              {COPY.footerContact}
            </a>
          </p>
          <p className="mt-2">
            <Link href="/annonceindlaeg" className="underline">
              {COPY.sponsoredTitle}
            </Link>
          </p>
        </div>
        <nav aria-label={`${COPY.mainNav} (bund)`}>
          <ul className="grid grid-cols-2 gap-2">
            {sections
              .filter((section) => !section.hidden)
              .map((section) => (
                <li key={section.slug}>
                  <Link href={`/${section.slug}`} className="hover:underline">
                    {section.name}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </div>
      <p className="pb-6 text-center text-xs text-muted">{COPY.footerCopyright(new Date().getFullYear())}</p>
    </footer>
  );
}
