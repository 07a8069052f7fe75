export type StructuredData = Record<string, unknown>;

/**
 * Structured data for search engines. `<` is written as `\u003c` (still the same JSON string to a parser), so no
 * field can close the script element ("</script>") or open a comment in it, whatever the newsroom typed.
 */
export function JsonLd({ data }: { data: StructuredData }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
