import type { SeedArticle, SeedImage, SeedJob, SeedPeopleNews } from './types';

// The page Spalte grew from (shared/seed/article-page.txt), copied into the repo. The seed article's headline,
// lead and paragraphs are verbatim, typos included; its "Læs mere her:" / "Læs også:" lines are related-article
// blocks pointing at the two articles below, so they always show the targets' current titles.

export const SEED_ARTICLE_SLUG = 'zoom-beskyldes-for-at-samarbejde-med-kina';
export const PFA_ARTICLE_SLUG = 'pfa-forbyder-brug-af-zoom-se-cio-morten-bruun-steiners-it-sikkerhedsplan-her';
export const ZOOM_AUTHORITIES_SLUG = 'zoom-klar-til-at-udlevere-gratis-opkald-til-amerikanske-myndigheder';

export const SEED_IMAGES: SeedImage[] = [
  {
    key: 'zoom-videomoede',
    file: 'zoom-videomoede.jpg',
    alt: 'Illustration: et videomøde med ni deltagere i et gitter på en blå skærm',
    caption: 'Zoom har fået millioner af nye brugere under coronakrisen – og med dem nye spørgsmål om sikkerhed.',
    credit: 'Illustration: Spalte',
  },
];

export const SEED_ARTICLES: SeedArticle[] = [
  {
    slug: SEED_ARTICLE_SLUG,
    section: 'nyheder',
    title: 'Zoom beskyldes for at samarbejde med Kina',
    lead: 'Flere amerikanske politikere vil se nærmere på Zooms samarbejde med den kinesiske regering. Det sker efter, at videotjenesten har slettet flere Hong Kong-aktiviters bruger på platformen.',
    body: [
      'Videotjenesten Zoom er endnu engang endt i stormvejr.',
      'Denne gang sker det efter, at Zoom har efterkommet krav fra den kinesiske regering. Tjenesten har nemlig valgt at fjerne tre politiske aktivister i Hong Kong fra tjenesten efter ønske fra Beijing.',
      'Det skriver Reuters.',
      'Det har fået flere amerikanske politikere til at bede Zoom redegøre for selskabets samarbejde med de kinesiske myndigheder.',
      '”For at være helt tydelig, så er deres konti blevet reinstalleret og fremadrettet har vi taget en ny proces i brug til at håndtere lignende situationer,” lyder det fra Zoom.',
      'Zoom har oplevet massiv interesse på rekordtid under coronakrisen, hvor millioner af nye brugere verden over har benyttet tjenesten.',
      `::related{slug="${PFA_ARTICLE_SLUG}" label="Læs mere her"}`,
      'Det har også affødt en del problemer om blandt andet sikkerheden i tjenesten. Det har blandt andet fået den danske pensionskæmpe PFA til helt at udelukke tjenesten blandt sine medarbejdere.',
      'Derudover har Zoom slået fast at man vil samarbejde med politiet og eventuelt udlevere videomøder for selskabets gratis-brugere.',
      'Samtidig garenterede selskabet dog, at alle betalende kunder får end-to-end kryptering, så Zoom dermed aldrig har adgang til samtaler på platformen.',
      `::related{slug="${ZOOM_AUTHORITIES_SLUG}" label="Læs også"}`,
    ].join('\n\n'),
    authors: ['jesper-kildegaard'],
    tags: ['Zoom', 'Kina', 'Videomøder'],
    related: [PFA_ARTICLE_SLUG, ZOOM_AUTHORITIES_SLUG],
    image: 'zoom-videomoede',
    hoursAgo: 2,
    views: [260, 410, 0, 0, 0, 0, 0],
  },
  {
    slug: PFA_ARTICLE_SLUG,
    section: 'sikkerhed',
    title: 'PFA forbyder brug af Zoom: Se CIO Morten Bruun Steiners it-sikkerhedsplan her',
    lead: 'Pensionsselskabet har lukket for videotjenesten på alle medarbejderes computere. Beslutningen er en del af en bredere plan for, hvilke værktøjer der må bruges til fjernarbejde.',
    body: [
      'Medarbejderne i PFA kan ikke længere holde møder i Zoom. Pensionsselskabet har blokeret videotjenesten på alle arbejdscomputere og henviser i stedet til de mødeværktøjer, som it-afdelingen allerede har godkendt og driver.',
      'Beslutningen kommer, efter at en række sikkerhedsforskere har påvist svagheder i tjenesten, blandt andet i måden mødelinks og krypteringsnøgler blev håndteret på.',
      '## Godkendte værktøjer frem for det nemmeste',
      'Ifølge PFA handler beslutningen ikke om én bestemt fejl, men om et princip: Når en stor del af organisationen arbejder hjemmefra, skal de værktøjer, der bruges til fortrolige samtaler, være gennemgået af it-sikkerheden på forhånd.',
      'Planen, som PFA har beskrevet for medarbejderne, har tre dele:',
      '- kun godkendte mødeværktøjer må bruges til interne og eksterne møder,\n- fortrolige kundesager drøftes aldrig i tjenester uden for selskabets kontrol,\n- nye værktøjer vurderes af it-sikkerheden, før de tages i brug.',
      '”Vi har ansvaret for mange menneskers pensionsopsparing, og det stiller krav til, hvordan vi taler sammen. Derfor vælger vi de værktøjer, vi kan stå inde for, frem for de værktøjer, der er lettest at komme i gang med,” lyder det fra PFA.',
      '## Andre virksomheder følger med',
      'PFA er ikke alene. Flere store danske virksomheder og offentlige myndigheder har i de seneste uger strammet reglerne for videomøder, efter at antallet af hjemmearbejdende medarbejdere steg markant.',
      'Zoom har selv lovet at rette de påviste fejl og har sat nyudvikling på pause for at fokusere på sikkerhed og privatliv.',
    ].join('\n\n'),
    authors: ['line-vestergaard'],
    tags: ['Zoom', 'PFA', 'Videomøder'],
    related: [SEED_ARTICLE_SLUG],
    hoursAgo: 30,
    updatedHoursAgo: 26,
    views: [90, 180, 140, 0, 0, 0, 0],
  },
  {
    slug: ZOOM_AUTHORITIES_SLUG,
    section: 'nyheder',
    title: 'Zoom klar til at udlevere gratis-opkald til amerikanske myndigheder: "Politisk tonedøvt," lyder kritikken',
    lead: 'Videotjenesten vil kun give betalende kunder end-to-end-kryptering. Gratisbrugernes møder kan i stedet udleveres til politiet, og det vækker kritik fra både sikkerhedsfolk og borgerrettighedsorganisationer.',
    body: [
      'Zoom vil give betalende kunder end-to-end-kryptering af deres videomøder, men ikke de mange millioner brugere, der benytter den gratis udgave af tjenesten.',
      'Begrundelsen er ifølge selskabet, at det vil kunne samarbejde med politi og myndigheder, hvis tjenesten bliver misbrugt. Det betyder, at gratisbrugernes møder i princippet kan udleveres.',
      '## Kritik fra flere sider',
      'Beslutningen er blevet mødt med skarp kritik. Borgerrettighedsorganisationer peger på, at privatliv ikke bør være et betalingsprodukt, og flere sikkerhedsforskere kalder forskelsbehandlingen for politisk tonedøv.',
      '”Det er politisk tonedøvt at sige, at sikkerhed er noget, man kan købe sig til. De brugere, der har mindst, er ofte dem, der har mest brug for beskyttelse,” siger en sikkerhedsforsker, der har fulgt sagen.',
      'Zoom fastholder, at betalende kunder – herunder virksomheder og myndigheder – får fuld kryptering, så selskabet ikke selv har adgang til indholdet af samtalerne.',
      '## Hvad betyder det for danske brugere?',
      'For danske virksomheder, der betaler for Zoom, ændrer beslutningen ikke meget. Men organisationer, der har brugt gratisudgaven til eksempelvis foreningsmøder eller rådgivning, bør overveje, om samtalerne er fortrolige nok til, at de hører hjemme i en anden tjeneste.',
    ].join('\n\n'),
    authors: ['jesper-kildegaard'],
    tags: ['Zoom', 'Kryptering', 'Videomøder'],
    related: [SEED_ARTICLE_SLUG, PFA_ARTICLE_SLUG],
    hoursAgo: 52,
    views: [40, 75, 120, 60, 0, 0, 0],
  },
  {
    slug: 'enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start',
    section: 'cloud',
    kind: 'sponsored',
    sponsor: 'DE-CIX',
    title: 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start',
    lead: 'Modernisering af ældre on-premise-applikationer til cloud-løsninger er en topprioritet for virksomheder globalt.',
    body: [
      'Når virksomheder flytter forretningskritiske applikationer fra egne serverrum til cloud, handler planlægningen ofte om kode, licenser og data. Netværket bliver derimod tit behandlet som en selvfølge – indtil de første brugere klager over langsomme svartider.',
      '## Forbindelsen er en del af applikationen',
      'En moderniseret applikation er sjældent én tjeneste i ét datacenter. Den består af mikrotjenester, databaser og SaaS-komponenter, der kører hos flere cloududbydere og taler sammen over netværket hele tiden. Hvert ekstra hop over det offentlige internet lægger forsinkelse og usikkerhed oven i.',
      'Derfor bør netværksarkitekturen være med fra den første skitse af moderniseringsprojektet:',
      '- Hvor ligger data, og hvor ligger brugerne?\n- Hvilke cloududbydere skal forbindes direkte og privat?\n- Hvordan sikres redundans, hvis en forbindelse falder ud?',
      '## Direkte adgang til cloud',
      'Med en cloud exchange kan virksomheder forbinde sig direkte og privat til de store cloududbydere fra ét fysisk tilslutningspunkt. Trafikken undgår det offentlige internet, hvilket giver lavere og mere forudsigelig latenstid og færre angrebsflader.',
      'DE-CIX driver internetudvekslingspunkter i flere end 50 byer verden over og hjælper virksomheder med at samle forbindelser til cloud, SaaS og partnere på ét sted.',
      'Læs mere om, hvordan en interconnection-strategi kan gøre moderniseringen hurtigere og mere sikker, på [DE-CIX’ hjemmeside](https://www.de-cix.net/).',
    ].join('\n\n'),
    authors: [],
    tags: ['Cloud', 'Netværk'],
    hoursAgo: 20,
  },
];

export const SEED_JOBS: SeedJob[] = [
  {
    company: 'Formpipe Software A/S',
    title: 'Senior Product Manager',
    region: 'Københavnsområdet',
    description:
      'Formpipe søger en erfaren produktchef til vores platform for dokument- og sagshåndtering i den offentlige sektor. Du får ansvaret for roadmap, kundedialog og prioritering sammen med udviklingsteamene i København og Stockholm.',
    url: 'https://job.example.dk/formpipe/senior-product-manager',
    daysAgo: 3,
    expiresInDays: 25,
  },
  {
    company: 'Netcompany A/S',
    title: 'Managing Architect',
    region: 'Københavnsområdet',
    description:
      'Som Managing Architect hos Netcompany leder du arkitekturen på store, samfundskritiske it-løsninger og er sparringspartner for kundernes it-ledelse. Du har mange års erfaring med løsningsarkitektur og trives med at stå i spidsen for teams.',
    url: 'https://job.example.dk/netcompany/managing-architect',
    daysAgo: 4,
    expiresInDays: 30,
  },
  {
    company: 'KMD A/S',
    title: 'Senior Project Manager',
    region: 'Københavnsområdet',
    description:
      'KMD søger en senior projektleder til at lede implementeringen af løsninger til kommuner og regioner. Du har styr på økonomi, risici og interessenter og kan holde fremdriften i komplekse leverancer.',
    url: 'https://job.example.dk/kmd/senior-project-manager',
    daysAgo: 5,
    expiresInDays: 21,
  },
  {
    company: 'KMD A/S',
    title: 'Senior Test Manager',
    region: 'Københavnsområdet',
    description:
      'Vil du stå i spidsen for test af nogle af Danmarks største offentlige it-systemer? Som Senior Test Manager i KMD planlægger og leder du testen på tværs af teams og sikrer kvaliteten før idriftsættelse.',
    url: 'https://job.example.dk/kmd/senior-test-manager',
    daysAgo: 6,
    expiresInDays: 18,
  },
];

export const SEED_PEOPLE_NEWS: SeedPeopleNews[] = [
  {
    name: 'Susanne Sønderskov',
    company: 'Sourcing IT',
    role: 'Salgsdirektør',
    startDate: '2026-02-02',
    body: 'Sourcing IT har pr. 2. februar 2026 ansat Susanne Sønderskov som Salgsdirektør. Hun skal især beskæftige sig med at styrke Sourcing IT’s kommercielle fundament, skalere salgsindsatsen og øge tilstedeværelsen bl.a. hos jyske kunder. Hun kommer fra en stilling som Salgsdirektør hos Right People Group ApS. Hun har tidligere beskæftiget sig med salgsledelse inden for IT-freelanceleverancer og komplekse kundeaftaler, både privat og offentligt.',
    label: 'Nyt job',
    daysAgo: 1,
  },
  {
    name: 'Allan Bo Christiansen',
    company: 'Simple Agency Group A/S',
    role: 'CCO',
    startDate: '2026-01-01',
    body: 'Simple Agency Group A/S har pr. 1. januar 2026 ansat Allan Bo Christiansen, 38 år,  som CCO. Han skal især beskæftige sig med kommercielle partnerskaber og digitalisering af koncernens aktiviteter. Han kommer fra en stilling som Director for eCommerce & Customer Platforms hos Atea A/S. Han er uddannet MSc in economics and business administration, Strategy, Organisation and Leadership. Han har tidligere beskæftiget sig med drift og udvikling af større eCommece teams med fokus på kundeoplevelsen.',
    label: 'Nyt job',
    daysAgo: 2,
  },
];
