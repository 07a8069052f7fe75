// Every string a reader sees on the job board, Navnenyt and company pages, in one place (like copy.ts), so the
// Danish can be reviewed together.
const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
/** Danish genitive: "KMDs", but "DE-CIX’" and "Atos’" (names ending in s, x or z take an apostrophe). */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? `${name}’` : `${name}s`);

export const DIRECTORY_COPY = {
  // Job board
  jobBoardTitle: 'Ledige it-job',
  jobBoardIntro: 'Ledige stillinger i it-branchen fra virksomheder i hele Danmark.',
  jobBoardDescription:
    'Ledige it-job i Danmark: se stillinger hos it-virksomheder og filtrér efter region og virksomhed.',
  jobFilters: 'Filtrér ledige job',
  jobRegion: 'Region',
  jobAllRegions: 'Alle regioner',
  jobCompany: 'Virksomhed',
  jobAllCompanies: 'Alle virksomheder',
  withCount: (name: string, n: number) => `${name} (${n})`,
  jobFilterSubmit: 'Vis job',
  jobFilterReset: 'Nulstil filtre',
  jobCount: (n: number) => plural(n, 'ledig stilling', 'ledige stillinger'),
  jobCountFiltered: (n: number, total: number) =>
    `${plural(n, 'ledig stilling', 'ledige stillinger')} af ${total} matcher filtrene`,
  jobNone: 'Der er ingen ledige stillinger lige nu. Kig forbi igen snart.',
  jobNoneFiltered: 'Ingen ledige stillinger matcher filtrene. Prøv en anden region eller virksomhed.',
  jobList: 'Ledige stillinger',
  deadline: 'Ansøgningsfrist',
  // Job page
  jobCompanyLabel: 'Virksomhed',
  jobRegionLabel: 'Region',
  jobPublished: 'Slået op',
  jobDetails: 'Om stillingen',
  apply: 'Søg stillingen',
  applyNote: 'Du søger stillingen på virksomhedens egen side.',
  backToBoard: 'Tilbage til alle ledige job',
  jobExpired: 'Stillingen er ikke længere ledig',
  jobExpiredText: (deadline: string) => `Ansøgningsfristen udløb ${deadline}, og stillingen kan ikke længere søges.`,
  seeAllJobs: 'Se alle ledige job',
  jobTitle: (title: string, company: string) => `${title} hos ${company}`,

  // Navnenyt
  peopleNewsTitle: 'Navnenyt',
  peopleNewsIntro: 'Nye job, forfremmelser, uddannelser og jubilæer blandt folk i it-Danmark.',
  peopleNewsDescription:
    'Navnenyt fra it-Danmark: hvem har fået nyt job, er blevet forfremmet, har færdiggjort en uddannelse eller har jubilæum.',
  peopleNewsFilter: 'Vis navnenyt om',
  peopleNewsAll: 'Alle',
  peopleNewsCount: (n: number) => plural(n, 'navnenyhed', 'navnenyheder'),
  peopleNewsNone: 'Der er ingen navnenyheder her endnu.',
  peopleNewsList: 'Navnenyheder',
  peopleNewsPageTitle: (title: string, page: number) => `${title} – side ${page}`,
  pageOf: (page: number, pageCount: number) => `Side ${page} af ${pageCount}`,
  peopleNewsLabelTitle: (label: string) => `Navnenyt: ${label}`,
  peopleNewsLabelDescription: (label: string) => `Navnenyt fra it-Danmark i kategorien »${label}«.`,
  // Entry page
  peopleNewsRole: 'Ny rolle',
  /** What the entry's date means depends on its label. */
  peopleNewsDateLabel: (label: string) =>
    ({
      'Nyt job': 'Tiltrædelse',
      Forfremmelse: 'Tiltrædelse',
      'Færdiggjort uddannelse': 'Færdiggjort',
      Jubilæum: 'Jubilæumsdato',
    })[label] ?? 'Dato',
  peopleNewsPublished: 'Publiceret',
  peopleNewsBack: 'Se alt navnenyt',
  peopleNewsAuthor: (name: string) => `${name} skriver for Spalte: se artiklerne`,
  peopleNewsAbout: (name: string) => `Navnenyt om ${name}`,
  peopleNewsEntryTitle: (name: string, role: string, company: string) => `${name}, ${role} hos ${company}`,

  // Company page
  companyWebsite: (name: string) => `${genitive(name)} hjemmeside`,
  companyDescriptionFallback: (name: string) => `Ledige stillinger, navnenyt og artikler om ${name} på Spalte.`,
  companyJobs: 'Ledige stillinger',
  companyJobsNone: (name: string) => `${name} har ingen ledige stillinger på Spalte lige nu.`,
  companyPeopleNews: 'Navnenyt',
  companyPeopleNewsNone: (name: string) => `Der er intet navnenyt fra ${name} endnu.`,
  companyPeopleNewsAll: 'Alt navnenyt',
  companyPeopleNewsMore: (name: string, shown: number, total: number) =>
    `Viser de ${shown} nyeste af ${total} navnenyt fra ${name}.`,
  companyArticles: (name: string) => `Artikler om ${name}`,
  companyArticlesNone: (name: string) => `Spalte har ikke skrevet om ${name} endnu.`,
  companyArticlesMore: (name: string, total: number) => `Se alle ${total} artikler om ${name}`,

  // Sidebar
  allJobs: 'Alle job',
  morePeopleNews: 'Mere navnenyt',
} as const;
