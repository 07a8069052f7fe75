// What each measured page type requests: search words that are new to the server, and a URL per request.

// Search words: each request of a kind asks something not asked before on that server, so its results are not in
// the cache (the rest of the page, header and sidebar, is, as it would be for a reader who searches).
export const COMMON = [
  'sikkerhed',
  'cloud',
  'data',
  'kunder',
  'virksomheder',
  'millioner',
  'platform',
  'leverandør',
  'strategi',
  'digitalisering',
  'myndigheder',
  'udvikling',
  'kontrakt',
  'software',
  'regionerne',
  'kommuner',
  'direktør',
  'budget',
  'systemer',
  'brugere',
  'angreb',
  'licenser',
  'markedet',
  'analyse',
];
export const PAIRS = [
  'cloud sikkerhed',
  'kunstig intelligens',
  'data platform',
  'kommune udbud',
  'ransomware angreb',
  'netcompany kontrakt',
  'microsoft licenser',
  'regionerne sundhedsplatformen',
  'medarbejdere løn',
  'leverandør forsinkelse',
  'datacenter energi',
  'mitid borgere',
  'open-source kildekode',
  'budget it-projekt',
  'eu-kommissionen regulering',
  'kunder abonnement',
  'hackere sårbarhed',
  'strategi transformation',
  'software test',
  'chatbot sprogmodel',
  'fiber bredbånd',
  'opkøb investorer',
  'rapport undersøgelse',
  'drift nedbrud',
];
export const DANISH = [
  'økonomi',
  'københavn',
  'sårbarhed',
  'løsninger',
  'bæredygtighed',
  'grøn',
  'åben',
  'størst',
  'sjælland',
  'ørsted',
  'medarbejdere på',
  'kræver',
  'forhandlinger',
  'sælger',
  'mærsk',
  'løn',
  'børsen',
  'fælles',
  'større',
  'øger',
  'sænker',
  'køber',
  'åbner',
  'lønninger',
];
export const PREFIXES = [
  'digi',
  'sikk',
  'kom',
  'plat',
  'udv',
  'leve',
  'auto',
  'trans',
  'infra',
  'regn',
  'cyber',
  'kund',
  'over',
  'arki',
  'migr',
  'data',
  'moder',
  'inve',
  'rekr',
  'foran',
  'strat',
  'kontr',
  'syst',
  'anal',
];

export const pick = (list, i) => list[i % list.length];
export const encode = (q) => encodeURIComponent(q).replaceAll('%20', '+');

/** Page types: a label, a target (when it is checked) and a URL for the i-th request on an archive. */
export function pageTypes() {
  const deep = (pages, i) => Math.max(1, Math.floor(pages * (0.5 + ((i * 7919) % 50) / 100)));
  return [
    { group: 'reader', label: 'article page', url: (s, i) => s.articles[i] },
    { group: 'reader', label: 'front page `/`', url: () => '/' },
    { group: 'reader', label: 'section page 1', url: (s, i) => `/${pick(s.sections, i)}` },
    { group: 'reader', label: 'section page 2', url: (s, i) => `/${pick(s.sections, i)}?side=2` },
    {
      group: 'reader',
      label: 'section deep page',
      url: (s, i) => {
        const section = pick(s.sections, i);
        return `/${section}?side=${deep(s.sectionPages[section], i)}`;
      },
    },
    {
      group: 'reader',
      label: 'section last page',
      url: (s, i) => {
        const section = pick(s.sections, i);
        return `/${section}?side=${s.sectionPages[section]}`;
      },
    },
    { group: 'reader', label: 'tag page 1 (popular tags)', url: (s, i) => `/tag/${pick(s.tags, i).slug}` },
    {
      group: 'reader',
      label: 'tag deep page',
      url: (s, i) => {
        const tag = pick(s.tags, i);
        return `/tag/${tag.slug}?side=${deep(Math.ceil(tag.n / 15), i)}`;
      },
    },
    { group: 'reader', label: 'author page 1', url: (s, i) => `/skribent/${pick(s.authors, i).slug}` },
    {
      group: 'reader',
      label: 'author deep page',
      url: (s, i) => {
        const author = pick(s.authors, i);
        return `/skribent/${author.slug}?side=${deep(Math.ceil(author.n / 15), i)}`;
      },
    },
    { group: 'reader', label: 'sponsored listing', url: () => '/annonceindlaeg' },
    { group: 'reader', label: '`/job`', url: () => '/job' },
    { group: 'reader', label: '`/navnenyt`, deep page', url: (_s, i) => (i % 2 ? '/navnenyt' : '/navnenyt?side=3') },
    { group: 'reader', label: 'company page', url: (s, i) => `/virksomhed/${pick(s.companies, i)}` },
    { group: 'feed', label: '`/rss.xml`', url: () => '/rss.xml' },
    { group: 'feed', label: 'section feed', url: (s, i) => `/${pick(s.sections, i)}/rss.xml` },
    { group: 'feed', label: 'tag feed', url: (s, i) => `/tag/${pick(s.tags, i).slug}/rss.xml` },
    { group: 'feed', label: 'author feed', url: (s, i) => `/skribent/${pick(s.authors, i).slug}/rss.xml` },
    { group: 'sitemap', label: '`/sitemap.xml`', url: () => '/sitemap.xml' },
    { group: 'sitemap', label: '`/sitemaps/sider.xml`', url: () => '/sitemaps/sider.xml' },
    { group: 'sitemap', label: 'tag sitemap', url: () => '/sitemaps/emner-1.xml' },
    {
      group: 'sitemap',
      label: 'Navnenyt sitemap (a month)',
      url: (s, i) => `/sitemaps/navnenyt-${pick(s.peopleNewsMonths, i)}.xml`,
    },
    {
      group: 'sitemap',
      label: 'article sitemap (a month)',
      url: (s, i) => `/sitemaps/artikler-${pick(s.months, i).month}.xml`,
    },
    { group: 'sitemap', label: '`/news-sitemap.xml`', url: () => '/news-sitemap.xml' },
    {
      group: 'search',
      distinct: true,
      label: 'search, a rare word',
      url: (s, i) => `/soeg?q=${encode(pick(s.rare, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word',
      url: (_s, i) => `/soeg?q=${encode(pick(COMMON, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, two words',
      url: (_s, i) => `/soeg?q=${encode(pick(PAIRS, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, an æøå word',
      url: (_s, i) => `/soeg?q=${encode(pick(DANISH, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a prefix',
      url: (_s, i) => `/soeg?q=${encode(pick(PREFIXES, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word in a section',
      url: (s, i) => `/soeg?q=${encode(pick(COMMON, i))}&sektion=${pick(s.sections, i)}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word, page 3',
      url: (_s, i) => `/soeg?q=${encode(pick(COMMON, i))}&side=3`,
    },
    { group: 'newsroom', label: 'newsroom list', url: () => '/admin' },
    { group: 'newsroom', label: 'newsroom list, deep page', url: (s, i) => `/admin?side=${deep(s.newsroomPages, i)}` },
    { group: 'newsroom', label: 'newsroom title search', url: (_s, i) => `/admin?q=${encode(pick(COMMON, i))}` },
    {
      group: 'newsroom',
      label: 'newsroom filters and sort',
      url: (s, i) =>
        `/admin?status=published&sektion=${pick(s.sections, i)}&sorter=titel&retning=stigende&side=${1 + (i % 5)}`,
    },
    {
      group: 'newsroom',
      label: 'newsroom author, page 2',
      url: (s, i) => `/admin?skribent=${pick(s.authors, i).slug}&side=2`,
    },
  ];
}
