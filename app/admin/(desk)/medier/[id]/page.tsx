import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { MediaDetailForm } from '@/components/admin/media-detail-form';
import { NoAccess } from '@/components/admin/no-access';
import { toImageRef } from '@/db/queries/teasers';
import { getMedia, listMediaUses } from '@/db/queries/media';
import { requirePermission } from '@/server/auth/session';
import { CROP_ORDER, CROP_RATIOS } from '@/domain/media/crops';

export const metadata: Metadata = { title: 'Billede' };

const STATUS: Record<string, string> = {
  draft: 'kladde',
  review: 'til redigering',
  scheduled: 'planlagt',
  published: 'udgivet',
  unpublished: 'afpubliceret',
};

export default async function MediaDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('media:manage', `/admin/medier/${id}`);
  if (!user) return <NoAccess />;
  const media = /^\d{1,9}$/.test(id) ? getMedia({ id: Number(id) }) : null;
  if (!media) notFound();
  const image = toImageRef(media);
  const uses = listMediaUses({ id: media.id });
  return (
    <main id="indhold">
      <p className="text-sm">
        <Link href="/admin/medier" className="underline">
          Tilbage til medier
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold">Rediger billede</h1>
      <p className="mt-1 text-sm text-muted">
        {media.originalName ?? media.fileName} · {media.width} × {media.height} px · {Math.round(media.byteSize / 1024)}{' '}
        kB
      </p>
      <MediaDetailForm
        image={{
          id: media.id,
          src: image.src,
          width: media.width,
          height: media.height,
          alt: media.alt,
          caption: media.caption,
          credit: media.credit,
          focalX: media.focalX,
          focalY: media.focalY,
        }}
      />
      <section className="mt-8" aria-labelledby="beskaeringer">
        <h2 id="beskaeringer" className="text-xl font-extrabold">
          Beskæringer
        </h2>
        <p className="mt-1 text-sm text-muted">
          Spalte beskærer omkring fokuspunktet. Artikler, forsider og delinger på sociale medier bruger disse.
        </p>
        <ul className="mt-3 flex flex-wrap items-start gap-4">
          {CROP_ORDER.map((crop) => (
            <li key={crop}>
              <figure>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={image.crops[crop].src}
                  alt={`Beskæring ${CROP_RATIOS[crop].width}:${CROP_RATIOS[crop].height}`}
                  className="h-40 w-auto border border-rule"
                />
                <figcaption className="mt-1 text-sm">
                  {CROP_RATIOS[crop].width}:{CROP_RATIOS[crop].height} · {image.crops[crop].width} ×{' '}
                  {image.crops[crop].height} px
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="brug">
        <h2 id="brug" className="text-xl font-extrabold">
          Bruges i
        </h2>
        {uses.length === 0 ? (
          <p className="mt-1">Billedet bruges ikke som topbillede i nogen artikel.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {uses.map((use) => (
              <li key={use.articleId}>
                <Link href={`/admin/artikler/${use.articleId}`} className="underline">
                  {use.title || `Artikel ${use.articleId}`}
                </Link>{' '}
                ({STATUS[use.status] ?? use.status})
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
