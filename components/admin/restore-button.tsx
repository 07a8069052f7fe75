'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { restoreAction } from '@/server/actions/articles';

/** Writes the old version's content as a new version; the article's status is left as it is. */
export function RestoreButton({
  articleId,
  revisionId,
  version,
  baseVersion,
  live,
}: {
  articleId: number;
  revisionId: number;
  version: number;
  baseVersion: number;
  /** The article is published: readers see the restored text at once, so the editor confirms first. */
  live: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="border border-neutral-500 px-3 py-1.5 font-semibold hover:bg-neutral-100 disabled:opacity-50"
        onClick={() => {
          if (
            live &&
            !window.confirm(
              `Gendan version ${version}? Artiklen er udgivet, så læserne ser den gamle tekst med det samme.`,
            )
          )
            return;
          start(async () => {
            const result = await restoreAction(articleId, revisionId, baseVersion);
            if (!result.ok) setError(result.error);
            else router.push(`/admin/artikler/${articleId}`);
          });
        }}
      >
        {pending ? 'Gendanner …' : `Gendan version ${version}`}
      </button>
      {error ? <p className="mt-1 text-left text-xs font-semibold text-brand-dark">{error}</p> : null}
    </>
  );
}
