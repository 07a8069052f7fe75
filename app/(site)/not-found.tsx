import type { Metadata } from 'next';

import { COPY } from '@/copy/site';
import { NotFoundMessage } from '@/components/site/not-found-message';

export const metadata: Metadata = { title: COPY.notFoundTitle, robots: { index: false } };

export default function SiteNotFound() {
  return <NotFoundMessage />;
}
