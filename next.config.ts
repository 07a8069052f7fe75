import type { NextConfig } from 'next';

import { ACTION_BODY_LIMIT_MB } from './domain/limits';
import { publicPolicy } from './domain/security-policy';
import { FRONT_PAGE_EDITION } from './domain/site';
import { cacheMemoryMb } from './scripts/memory.mjs';

// Public pages render per request from the tag-cached data layer (see db/cache.ts). This header lets a CDN or
// reverse proxy absorb load while keeping changes visible within about a second: it may reuse a page for one
// second and serve it stale for a little longer while it fetches the new one.
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=59';
const PRIVATE_CACHE_CONTROL = 'private, no-store';

const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // Our windows share no browsing context group with other sites' (no window.opener across origins), and our
  // pages, scripts and API answers are not for other sites to embed.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/http-front.cjs compresses instead, after it has read public pages' inline scripts for their CSP hashes.
  compress: false,
  // The route and data caches live in memory only: a restarted server starts cold instead of serving pages built
  // from a database that may have been replaced or restored meanwhile, and a flood of unknown URLs is bounded by
  // the LRU size instead of filling the disk. CACHE_MEMORY_MB sets it (scripts/memory.mjs).
  cacheMaxMemorySize: cacheMemoryMb() * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Explicit, and the same number the proxy checks first (server/action-request.ts answers larger ones with 413).
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
  },
  // exifr loads Node's fs and zlib lazily, which fails inside the server bundle; required from node_modules it works.
  // The logger and the metrics registry are shared with the preloaded front layer (scripts/http-front.cjs) through
  // globalThis; required from node_modules, the app's code and the front layer use the same classes.
  serverExternalPackages: ['better-sqlite3', 'exifr', 'pino', 'pino-pretty', 'prom-client'],
  images: {
    // Media is served by our own route handler under /medier/.
    localPatterns: [{ pathname: '/medier/**' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [400, 640, 828, 1080, 1280, 1600],
    imageSizes: [64, 128, 256, 384],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  async rewrites() {
    // The front page is rendered by a route with a parameter so that, like article pages, it is generated on
    // its first request and then served from the route cache; a route without parameters would be prerendered
    // from the database at build time. See app/(site)/forside/[edition]/page.tsx.
    return {
      beforeFiles: [{ source: '/', destination: `/forside/${FRONT_PAGE_EDITION}` }],
      // A section's first page the same way, from the route cache (app/(site)/sektionsforside/[section]); after the
      // filesystem routes, so /job, /soeg and the other fixed pages are not taken for sections.
      afterFiles: [
        {
          source: '/:section',
          missing: [{ type: 'query', key: 'side' }],
          destination: '/sektionsforside/:section',
        },
      ],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: '/forside/:path*', destination: '/', permanent: true },
      { source: '/sektionsforside/:section', destination: '/:section', permanent: true },
    ];
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The newsroom's policy, with a nonce per request, comes from the proxy (domain/security-policy.ts).
      { source: '/:path((?!admin(?:/|$)).*)', headers: [{ key: 'Content-Security-Policy', value: publicPolicy() }] },
      {
        // Everything public except Next's own assets, the media route and the API, which set their own.
        source: '/:path((?!_next/|api/|admin|medier/).*)',
        headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }],
      },
      { source: '/admin/:path*', headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }] },
      { source: '/admin', headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }] },
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }] },
      // Article images may be shown elsewhere: in newsletters opened in webmail, in feed readers, on share cards.
      { source: '/medier/:path*', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
    ];
  },
};

export default nextConfig;
