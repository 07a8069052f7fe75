import Link from 'next/link';

/** A company's name, linked to its page when it has one; underlined, as it often sits inside running text. */
export function CompanyLink({ name, slug, className = '' }: { name: string; slug: string | null; className?: string }) {
  if (!slug) return <span className={className}>{name}</span>;
  return (
    <Link
      href={`/virksomhed/${slug}`}
      className={`underline underline-offset-2 hover:decoration-2 ${className}`.trim()}
    >
      {name}
    </Link>
  );
}
