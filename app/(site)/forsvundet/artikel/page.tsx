import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';

import { COPY } from '@/components/site/copy';
import { StatusMessage } from '@/components/site/not-found-message';
import { GONE_HEADER } from '@/lib/gone';

// Rendered with status 410 in place of an unpublished article: proxy.ts rewrites the article's path here. Asked
// for by its own address it does not exist.

export const metadata: Metadata = { title: COPY.goneTitle, robots: { index: false } };

export default async function GoneArticlePage() {
  if ((await headers()).get(GONE_HEADER) !== 'article') notFound();
  return <StatusMessage status={410} title={COPY.goneTitle} text={COPY.goneText} search />;
}
