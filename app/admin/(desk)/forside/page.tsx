import type { Metadata } from 'next';
import Link from 'next/link';

import { FrontPageCurator } from '@/components/admin/front-page-curator';
import { NoAccess } from '@/components/admin/no-access';
import { getFrontPage } from '@/db/queries/listings';
import { findPinCandidates, getCuration } from '@/db/queries/front-page';
import { requirePermission } from '@/server/auth/session';
import { formatDateTime } from '@/domain/dates';

export const metadata: Metadata = { title: 'Forside' };

export default async function FrontPageCurationPage() {
  const user = await requirePermission('front-page:curate', '/admin/forside');
  if (!user) return <NoAccess />;
  const curation = getCuration();
  const pinned = new Set(curation.pins.filter((pin) => pin.shown).map((pin) => pin.id));
  const { lead, top } = await getFrontPage();
  const current = [lead, ...top].filter((article) => article !== null);
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Forside</h1>
      <p className="mt-2 max-w-prose text-sm">
        Vælg tophistorien og rækkefølgen af de vigtigste nyheder under den. Den første fastgjorte artikel bliver
        tophistorie. Pladser, som ingen har fastgjort, fyldes med de nyeste nyheder, og en artikel, der afpubliceres,
        forsvinder selv fra forsiden.
      </p>
      {curation.savedAt ? (
        <p className="mt-1 text-sm text-muted">
          Sidst ændret {formatDateTime(curation.savedAt)}
          {curation.savedBy ? ` af ${curation.savedBy}` : ''}.
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <FrontPageCurator
          pins={curation.pins}
          candidates={findPinCandidates(
            '',
            curation.pins.map((pin) => pin.id),
          )}
        />
        <section aria-labelledby="forsiden-nu" className="content-start border border-rule bg-white p-4">
          <h2 id="forsiden-nu" className="text-lg font-extrabold">
            Forsidens top lige nu
          </h2>
          <ol className="mt-3 grid list-decimal gap-2 pl-6 text-sm">
            {current.map((article, index) => (
              <li key={article.id}>
                <Link href={article.path} className="font-semibold underline">
                  {article.title}
                </Link>{' '}
                <span className="text-muted">
                  ({index === 0 ? 'tophistorie, ' : ''}
                  {pinned.has(article.id) ? 'fastgjort' : 'nyeste'})
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}
