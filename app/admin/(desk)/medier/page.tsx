import type { Metadata } from 'next';
import Link from 'next/link';

import { MediaLibraryUploader } from '@/components/admin/media-library-uploader';
import { NoAccess } from '@/components/admin/no-access';
import { listMedia } from '@/db/queries/media';
import { missingImageTexts } from '@/domain/article/publish-check';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Medier' };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requirePermission('media:manage', '/admin/medier');
  if (!user) return <NoAccess />;
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q : '';
  const images = listMedia({ query, limit: 120 });
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Medier</h1>
      <section className="mt-4" aria-labelledby="upload-overskrift">
        <h2 id="upload-overskrift" className="sr-only">
          Upload
        </h2>
        <MediaLibraryUploader />
      </section>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-2" action="/admin/medier">
        <div className="grid gap-1">
          <label htmlFor="medier-soeg" className="text-sm font-semibold">
            Søg i alternativ tekst, billedtekst og kreditering
          </label>
          <input
            id="medier-soeg"
            name="q"
            type="search"
            defaultValue={query}
            className="w-80 border border-neutral-500 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="border border-neutral-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-neutral-100"
        >
          Søg
        </button>
      </form>
      <h2 className="mt-6 text-xl font-extrabold">{query ? `Billeder, der matcher »${query}«` : 'Alle billeder'}</h2>
      {images.length === 0 ? (
        <p className="mt-2">Ingen billeder fundet.</p>
      ) : (
        <ul className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {images.map((image) => (
            <li key={image.id} className="border border-rule bg-white">
              <Link href={`/admin/medier/${image.id}`} className="block hover:underline">
                {/* A plain <img>: the admin shows the square crop as is, no responsive sizes needed. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={image.thumbnail}
                  alt=""
                  width={240}
                  height={240}
                  className="aspect-square w-full bg-neutral-200 object-cover"
                  loading="lazy"
                />
                <span className="block p-2 text-sm">
                  <span className="block font-semibold">
                    {image.alt || image.originalName || `Billede ${image.id}`}
                  </span>
                  {image.credit ? <span className="block text-muted">{image.credit}</span> : null}
                  {missingImageTexts(image).length > 0 ? (
                    <span className="mt-1 block text-xs font-semibold text-brand-dark">
                      Mangler {missingImageTexts(image).join(' og ')}
                    </span>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
