'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A header link that marks itself current on its own page ("page") and on the pages below it ("true"). */
export function SectionNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href ? 'page' : pathname.startsWith(`${href}/`) ? 'true' : undefined;
  return (
    <Link
      href={href}
      aria-current={current}
      className={`block border-b-2 px-2 py-2 hover:text-brand ${current ? 'border-brand text-brand-dark' : 'border-transparent text-ink'}`}
    >
      {children}
    </Link>
  );
}
