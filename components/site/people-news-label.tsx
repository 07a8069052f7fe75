/** The kind of Navnenyt entry ("Nyt job", "Jubilæum" …) as a small badge. */
export function PeopleNewsLabel({ label }: { label: string }) {
  return <span className="inline-block bg-brand px-1.5 py-0.5 text-xs font-bold text-white">{label}</span>;
}
