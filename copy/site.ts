import type { AuthorLinkKey } from '@/domain/people/links';

// Every string a reader sees, in one place, so the Danish can be reviewed together.
export const COPY = {
  skipToContent: 'Gå til indhold',
  frontPage: 'Forside',
  mainNav: 'Sektioner',
  latestNews: 'Seneste nyt',
  topStories: 'Vigtigste nyheder',
  moreFromSection: (name: string) => `Mere fra ${name}`,
  byline: 'Af',
  published: 'Publiceret',
  updated: 'Opdateret',
  imageCredit: 'Foto',
  readingTime: (minutes: number) => `Læsetid ${minutes} min.`,
  moreInSection: (name: string) => `Flere artikler i ${name}`,
  previousArticle: 'Forrige artikel',
  nextArticle: 'Næste artikel',
  sponsoredTitle: 'Annonceindlæg',
  sponsoredIntro:
    'Annonceindlæg er betalt indhold, som annoncører leverer. Det er altid mærket med afsenderen og er ikke skrevet af Spaltes redaktion.',
  tagCompany: (name: string) => `Læs mere om ${name}: ledige stillinger og navnenyt`,
  tags: 'Emner',
  relatedArticles: 'Relaterede artikler',
  corrections: 'Rettelser',
  sponsoredBy: (sponsor: string) => `Annonceindlæg fra ${sponsor}`,
  sponsoredDisclaimer: (sponsor: string) =>
    `Denne artikel er et annonceindlæg. Indholdet er betalt og leveret af ${sponsor} og er ikke skrevet af Spaltes redaktion.`,
  jobs: 'Job',
  jobsLabel: 'Ledige stillinger',
  peopleNews: 'Navnenyt fra it-Danmark',
  mostRead: 'Mest læste',
  mostReadEmpty: 'Ingen læste artikler endnu.',
  sidebar: 'Sidebjælke',
  pagination: 'Sider',
  previousPage: 'Forrige side',
  nextPage: 'Næste side',
  page: (n: number) => `Side ${n}`,
  articleCount: (n: number) => (n === 1 ? '1 artikel' : `${n} artikler`),
  noArticles: 'Der er ingen artikler her endnu.',
  authorArticles: (name: string) => `Artikler af ${name}`,
  tagArticles: (name: string) => `Artikler om ${name}`,
  tagDescription: (name: string) => `Nyheder og artikler om ${name} på Spalte.`,
  authorDescription: (name: string, title: string) =>
    title ? `Artikler af ${name}, ${title.toLowerCase()} på Spalte.` : `Artikler af ${name} på Spalte.`,
  authorElsewhere: (name: string) => `${name} andre steder`,
  authorEmail: 'E-mail',
  focusNav: 'Fokus',
  search: 'Søg',
  searchTitle: 'Søg i Spalte',
  searchDescription: 'Søg i Spaltes artikler om it i Danmark.',
  searchLabel: 'Søgeord',
  searchSection: 'Sektion',
  searchAllSections: 'Alle sektioner',
  searchPeriod: 'Periode',
  searchAnyTime: 'Når som helst',
  searchSubmit: 'Søg',
  searchEmpty: 'Skriv et eller flere ord for at søge i artikler, manchetter og emner.',
  searchNoWords: 'Søgningen indeholder ingen ord at søge efter. Prøv med et eller flere ord.',
  searchResults: (n: number, q: string) => (n === 1 ? `1 artikel matcher »${q}«` : `${n} artikler matcher »${q}«`),
  searchResultsCapped: (n: number, q: string) =>
    `Mere end ${n.toLocaleString('da-DK')} artikler matcher »${q}«. Her er de bedste blandt de ${n.toLocaleString('da-DK')} nyeste – tilføj flere ord for at finde ældre.`,
  searchRebuilding:
    'Søgningen bliver genopbygget lige nu. Indtil den er færdig, kan ældre artikler mangle i resultaterne.',
  searchNoHits: (q: string) => `Ingen artikler matcher »${q}«.`,
  searchNoHitsHelp: 'Prøv med færre eller andre ord, eller fjern filtrene for sektion og periode.',
  notFoundTitle: 'Siden findes ikke',
  notFoundText:
    'Vi kan ikke finde den side, du leder efter. Den kan være flyttet eller fjernet, eller adressen kan være skrevet forkert.',
  backToFront: 'Gå til forsiden',
  errorTitle: 'Der opstod en fejl',
  errorText:
    'Siden kunne ikke vises lige nu. Prøv igen om lidt. Bliver fejlen ved, så nævn fejl-id’et, når du skriver til redaktionen.',
  errorId: 'Fejl-id',
  errorRetry: 'Prøv igen',
  goneTitle: 'Artiklen er fjernet',
  goneText:
    'Artiklen, du leder efter, er ikke længere tilgængelig på Spalte. Du kan finde andre artikler om emnet via søgningen.',
  goneSearch: 'Søg i artiklerne',
  footerAbout:
    'Spalte er et uafhængigt nyhedsmedie om it i Danmark. Vi skriver om sikkerhed, cloud, offentlig it, karriere og ledelse.',
  footerContact: 'Kontakt redaktionen',
  footerCopyright: (year: number) => `© ${year} Spalte`,
} as const;

/** Answers of the view beacon (/api/views). Browsers ignore them; they are for whoever calls it by hand. */
export const VIEW_BEACON_COPY = {
  tooLarge: 'Forespørgslen er for stor.',
  notJson: 'Forespørgslen skal være gyldig JSON.',
  badArticleId: 'Angiv artiklens id som et positivt heltal.',
  unknownArticle: 'Artiklen findes ikke.',
  tooMany: (seconds: number) =>
    `Der er sendt for mange visninger fra din forbindelse på kort tid. Prøv igen om ${seconds === 1 ? '1 sekund' : `${seconds} sekunder`}.`,
} as const;

/** The names of an author's profiles elsewhere, as the author page links them. */
export const AUTHOR_LINK_LABELS: Record<AuthorLinkKey, string> = {
  linkedinUrl: 'LinkedIn',
  xUrl: 'X',
  mastodonUrl: 'Mastodon',
};
