import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { siteDefaults } from '@/domain/seo/metadata';
import { siteUrl } from '@/domain/site';

import './globals.css';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(siteUrl()), ...siteDefaults() };
}

export const viewport: Viewport = {
  themeColor: '#b3122e',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen bg-white antialiased">{children}</body>
    </html>
  );
}
