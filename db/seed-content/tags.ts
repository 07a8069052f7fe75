// The demo's described tags; `featured` ones are in the "Fokus" row under the menu.

export const SEED_TAGS: { name: string; description: string; featured: boolean }[] = [
  {
    name: 'Kunstig intelligens',
    description:
      'Sprogmodeller, AI-forordningen og hvad kunstig intelligens betyder for danske virksomheder og myndigheder.',
    featured: true,
  },
  {
    name: 'NIS2',
    description:
      'EU’s nye regler for cybersikkerhed: hvem de rammer, hvad de kræver, og hvordan danske virksomheder forbereder sig.',
    featured: true,
  },
  {
    name: 'Offentlig digitalisering',
    description: 'Stat, regioner og kommuner på vej mod den digitale velfærd – de store projekter, udbud og fejlskud.',
    featured: true,
  },
  {
    name: 'Rekruttering',
    description: 'Kampen om it-folkene: lønninger, mangel på arbejdskraft og nye veje ind i branchen.',
    featured: false,
  },
];
