import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/domain/site';

// Crawlers may read every public page; the newsroom and the API are not for them. Both sitemaps are named so a
// crawler starting here reaches every public page.
// Read per request: SITE_URL is a run-time setting, not a build-time one.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
