// Danish-like text for the generated archive (db/archive/generate.ts).
//
// Words are drawn the way real text draws them: a few function words make up almost half of every sentence, a
// few hundred IT-news words and company names recur across thousands of articles, and a long tail of tens of
// thousands of rarer words (made from Danish syllables, æ/ø/å included) each turn up in a handful of articles.
// So a search for "sikkerhed" matches a large part of the archive and a search for a tail word only a few
// articles, as on a real site. Everything is drawn from a seeded generator: the same seed gives the same archive.

/** A small, fast, seedable PRNG (mulberry32): deterministic archives, no dependency on Math.random. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Draws indexes 0..n-1 with Zipf-like weights 1/(i+1)^s: index 0 most often. */
export function zipf(n: number, s: number) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, s);
    cumulative[i] = sum;
  }
  return (random: Random): number => {
    const target = random.next() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export const FUNCTION_WORDS = `og i at det en til er som på de med for af den har ikke der var vi kan om men også et
  så skal fra vil når nu ved efter blive bliver over mere kun hvor sig år være har haft mellem under alle helt
  deres sin dem hvis mod blev skulle kunne havde ind ud op hele både dog samt endnu mange flere første nye store`
  .split(/\s+/)
  .filter(Boolean);

export const IT_WORDS = `cloud sikkerhed data kunstig intelligens løsning løsninger platform platforme kunder
  virksomhed virksomheder myndighed myndigheder kommune kommuner regionerne staten ministeriet styrelsen
  leverandør leverandører udbud kontrakt kontrakten millioner milliarder kroner omsætning overskud underskud
  medarbejdere udviklere konsulenter direktør direktøren topchef bestyrelsen strategi digitalisering
  digital digitale systemer systemet software hardware netværk servere datacenter datacentre hyperscalere
  ransomware angreb hackere sårbarhed sårbarheder opdatering patch kryptering adgangskoder identitet mitid
  nemid borgere patienter sundhedsplatformen it-projekt it-projekter forsinkelse budget budgettet økonomi
  vækst opkøb fusion partnerskab investering investorer børsen aktien kvartal regnskab resultat
  prognose markedet konkurrence licenser licens priser abonnement tjenester tjeneste brugere kunderne
  chatbot sprogmodel sprogmodeller modeller træning algoritmer automatisering robotter analyse analyser
  rapport undersøgelse eksperter forskere universitet uddannelse talent mangel rekruttering løn lønninger
  ledelse chefen ledere organisation forandring transformation arkitektur integration migrering
  mainframe legacy modernisering open-source kildekode github udvikling test drift driften nedbrud
  overvågning logning beredskab compliance gdpr nis2 dora lovgivning regulering eu-kommissionen
  datatilsynet bøde klage tilsyn revision rigsrevisionen folketinget minister ministeren politikere
  aftale aftalen forhandlinger lancering produkt produkter version funktioner brugerflade app appen
  mobil telefon smartphones 5g fiber bredbånd forbindelse internettet hjemmeside portal portalen
  dokumenter arkiv backup gendannelse kapacitet energi strømforbrug bæredygtighed co2 grøn grønne
  københavn aarhus odense aalborg jylland sjælland fyn danmark danske dansk norden europa europæiske
  amerikanske kinesiske globale internationale lokale offentlige private nationale fælles nyt ny nye
  vigtig stor større største lille mindre hurtig hurtigere sikker sikrere åben åbne lukket samlet
  øger sænker vinder taber køber sælger lancerer lukker åbner ansætter fyrer satser investerer
  advarer kritiserer forsvarer kræver foreslår beslutter vurderer forventer melder oplyser siger`
  .split(/\s+/)
  .filter(Boolean);

export const COMPANIES = `Netcompany KMD Atea Trifork Systematic Microsoft Google Amazon Apple Meta IBM Oracle SAP
  Salesforce Cisco Dell HP Lenovo Nvidia Intel AMD Samsung Huawei Ericsson Nokia TDC Telenor Telia
  Norlys GlobalConnect Columbus Netic Twoday Itadel Proactive Conscia NNIT Danske Bank Nordea Jyske
  Mærsk Novo Nordisk Lego Vestas Ørsted Carlsberg Pandora Coloplast Demant GN Zendesk Unity Pleo Lunar
  Vivino Trustpilot Templafy Peakon Milestone Queue-it Siteimprove Dixa Zoom Slack OpenAI Anthropic
  Mistral Alibaba Tencent ByteDance Fujitsu Capgemini Accenture Deloitte PwC EY KPMG Rambøll Cowi
  Digitaliseringsstyrelsen Skattestyrelsen Udbetaling Danmark Region Hovedstaden Region Midtjylland
  Forsvaret Politiet DR TV2 Energinet Banedanmark DSB Rejsekort Sundhedsdatastyrelsen`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS =
  `b bl br d dr f fl fr g gl gr h j k kl kn kr l m n p pl pr r s sk skr sl sm sn sp spr st str sv t tr v`.split(' ');
const VOWELS = `a e i o u y æ ø å a e i o e`.split(' ');
const CODAS = `r n l s t d k g m nd ng st rt ld rd lt nt sk ft`.split(' ').concat(['', '', '']);
const ENDINGS = `er en et ing ning hed lig ere ende ede else skab dom`.split(' ').concat(['', '', '', '']);

/** Tail words: made-up Danish-looking words, e.g. "kronersk", "sprøstling", "flåndhed". Deterministic. */
export function tailWords(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const syllables = random.int(1, 3);
    for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
    word += random.pick(ENDINGS);
    if (word.length >= 5 && !FUNCTION_WORDS.includes(word) && !IT_WORDS.includes(word)) words.add(word);
  }
  return [...words];
}

const TAIL_SIZE = 60_000;

export type TextGenerator = ReturnType<typeof createTextGenerator>;

/**
 * Text for one archive at a time. Each article is about something: it gets a handful of topic words (mostly from
 * its section's share of the IT vocabulary) and one to three companies, and draws its content words from those.
 * So a topic word such as "sikkerhed" turns up in a sizeable share of the archive, not in every article.
 */
export function createTextGenerator(random: Random, sectionCount: number) {
  const tail = tailWords(TAIL_SIZE);
  const functionWord = zipf(FUNCTION_WORDS.length, 0.9);
  const itWord = zipf(IT_WORDS.length, 0.6);
  const company = zipf(COMPANIES.length, 1.0);
  const tailWord = zipf(tail.length, 1.05);
  // Every section owns a stripe of the IT vocabulary (word i belongs to section i mod n).
  const sectionWords = Array.from({ length: Math.max(1, sectionCount) }, (_, section) =>
    IT_WORDS.filter((_, index) => index % Math.max(1, sectionCount) === section),
  );
  const sectionWord = sectionWords.map((words) => zipf(words.length, 0.8));
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  /** The words one article is about. */
  const topic = (section: number) => {
    const own = sectionWords[section % sectionWords.length]!;
    const draw = sectionWord[section % sectionWords.length]!;
    const keywords = new Set<string>();
    const size = random.int(8, 14);
    while (keywords.size < size) keywords.add(random.chance(0.7) ? own[draw(random)]! : IT_WORDS[itWord(random)]!);
    const companies = new Set<string>();
    const companyCount = random.int(1, 3);
    while (companies.size < companyCount) companies.add(COMPANIES[company(random)]!);
    return { keywords: [...keywords], companies: [...companies] };
  };
  type Topic = ReturnType<typeof topic>;

  const word = (about: Topic): string => {
    const roll = random.next();
    if (roll < 0.46) return FUNCTION_WORDS[functionWord(random)]!;
    if (roll < 0.72) return random.pick(about.keywords);
    if (roll < 0.76) return random.pick(about.companies);
    if (roll < 0.78) return IT_WORDS[itWord(random)]!;
    return tail[tailWord(random)]!;
  };

  const sentence = (about: Topic, min = 8, max = 22): string => {
    const words = Array.from({ length: random.int(min, max) }, () => word(about));
    // A comma now and then, as prose has them.
    if (words.length > 10 && random.chance(0.5)) words[random.int(3, words.length - 4)] += ',';
    return `${capitalise(words.join(' '))}.`;
  };

  return {
    topic,
    sentence,
    /** A paragraph of plain words and punctuation only: its Markdown is its own plain text. */
    paragraph: (about: Topic): string => Array.from({ length: random.int(2, 5) }, () => sentence(about)).join(' '),
    /** A short phrase without a full stop: headings, list items, link texts. */
    phrase: (about: Topic, min = 3, max = 7): string =>
      capitalise(Array.from({ length: random.int(min, max) }, () => word(about)).join(' ')),
    title: (about: Topic): string => {
      const words: string[] = [];
      for (let length = random.int(4, 9); words.length < length;) {
        const next = random.chance(0.55) ? random.pick(about.keywords) : word(about);
        if (!words.includes(next)) words.push(next);
      }
      return `${about.companies[0]!} ${words.join(' ')}`;
    },
    company: () => COMPANIES[company(random)]!,
    itWord: () => IT_WORDS[itWord(random)]!,
    tailWord: () => tail[tailWord(random)]!,
    capitalise,
  };
}
