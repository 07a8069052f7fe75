// Demo job listings (invented jobs at real Danish IT companies); times are relative to the moment of seeding.

import type { SeedJob } from './types';

export const JOBS: SeedJob[] = [
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
  {
    company: 'Havnelys Software A/S',
    title: 'Senior backendudvikler (Kotlin)',
    region: 'Københavnsområdet',
    description:
      'Vi søger en erfaren backendudvikler til vores team, der bygger betalingsløsninger til nordiske webshops. Du får ansvar for arkitekturen i vores nye afregningsplatform og arbejder tæt sammen med produktejere og drift. Vi arbejder hjemmefra to dage om ugen og har kontor i Nordhavn.',
    url: 'https://job.example.dk/havnelys-senior-backendudvikler',
    daysAgo: 9,
    expiresInDays: 28,
  },
  {
    company: 'Kattegat Data ApS',
    title: 'Data engineer til energisektoren',
    region: 'Aarhus',
    description:
      'Hjælp os med at bygge de datapipelines, der gør det muligt for forsyningsselskaber at forudsige forbrug og fejl i nettet. Du har erfaring med Python, SQL og en af de store cloudplatforme. Kendskab til energisektoren er en fordel, men ikke et krav.',
    url: 'https://job.example.dk/kattegat-data-engineer',
    daysAgo: 12,
    expiresInDays: 21,
  },
  {
    company: 'Fyns Sundheds-IT A/S',
    title: 'Informationssikkerhedskoordinator',
    region: 'Odense',
    description:
      'Som informationssikkerhedskoordinator bliver du bindeleddet mellem vores udviklingsteams, kunderne i sundhedsvæsenet og ledelsen. Du skal blandt andet stå for risikovurderinger, leverandørstyring og opfølgning på NIS2-kravene.',
    url: 'https://job.example.dk/fyns-sundheds-it-sikkerhed',
    daysAgo: 16,
    expiresInDays: 14,
  },
  {
    company: 'Limfjord Systemer A/S',
    title: 'Frontendudvikler med sans for tilgængelighed',
    region: 'Aalborg',
    description:
      'Vi udvikler selvbetjeningsløsninger til kommuner og forsyningsselskaber og søger en frontendudvikler, der brænder for brugervenlighed og tilgængelighed. Du arbejder med TypeScript og React i et team på seks. Nyuddannede med relevante projekter er velkomne til at søge.',
    url: 'https://job.example.dk/limfjord-frontendudvikler',
    daysAgo: 19,
    expiresInDays: 19,
  },
  {
    company: 'Sjællands Driftscenter ApS',
    title: 'Driftstekniker, Linux og netværk',
    region: 'Sjælland',
    description:
      'Vi driver servere og netværk for en række mellemstore virksomheder og søger en driftstekniker til vores team i Roskilde. Du deltager i en vagtordning hver sjette uge og får mulighed for certificering inden for netværk og sikkerhed.',
    url: 'https://job.example.dk/sjaellands-driftscenter-tekniker',
    daysAgo: 23,
    expiresInDays: 10,
  },
  {
    company: 'Gudenå Analytics ApS',
    title: 'Projektleder til AI-implementering',
    region: 'Midtjylland',
    description:
      'Vi søger en projektleder, der kan omsætte kundernes idéer om kunstig intelligens til projekter, der skaber målbar værdi. Du har erfaring med at lede it-projekter hos kunder og trives med at forklare teknik for ikke-teknikere.',
    url: 'https://job.example.dk/gudenaa-projektleder-ai',
    daysAgo: 27,
    expiresInDays: 12,
  },
  {
    company: 'Skagerrak Cloud A/S',
    title: 'Cloudarkitekt',
    region: 'Nordjylland',
    description:
      'Som cloudarkitekt hjælper du vores kunder med at designe løsninger, der lever op til krav om sikkerhed og databehandling i Danmark. Du har erfaring med Kubernetes, infrastructure as code og gerne open source-baserede cloudplatforme.',
    url: 'https://job.example.dk/skagerrak-cloudarkitekt',
    daysAgo: 31,
    expiresInDays: 6,
  },
  {
    company: 'Vadehav Software A/S',
    title: 'Testansvarlig til logistikplatform',
    region: 'Syddanmark',
    description:
      'Vi søger en testansvarlig, der kan løfte kvaliteten af vores logistikplatform, som bruges af transportvirksomheder i hele Nordeuropa. Du får ansvar for teststrategien og for at automatisere flere af de test, der i dag udføres manuelt.',
    url: 'https://job.example.dk/vadehav-testansvarlig',
    daysAgo: 35,
    expiresInDays: 35,
  },
  {
    company: 'Øresund Fintech ApS',
    title: 'Mobiludvikler (iOS)',
    region: 'Københavnsområdet',
    description:
      'Vi udvikler en app til privatøkonomi, som bruges af mere end 200.000 danskere. Vi søger en iOS-udvikler med erfaring i Swift og SwiftUI, som har lyst til at arbejde tæt sammen med design og kundeservice.',
    url: 'https://job.example.dk/oeresund-fintech-ios',
    daysAgo: 37,
    expiresInDays: -3,
  },
  {
    company: 'Djurs IT-Service ApS',
    title: 'It-supporter til skoler og institutioner',
    region: 'Midtjylland',
    description:
      'Vi leverer it-support til skoler, daginstitutioner og mindre virksomheder på Djursland og søger en supporter, der er god til mennesker og til at løse problemer. Kørekort er et krav, da du skal ud til kunderne flere gange om ugen.',
    url: 'https://job.example.dk/djurs-it-supporter',
    daysAgo: 33,
    expiresInDays: -8,
  },
  {
    company: 'KMD A/S',
    title: 'Cloudarkitekt til kommunale løsninger',
    region: 'Aarhus',
    description:
      'KMD søger en cloudarkitekt, der kan være med til at flytte en række kommunale fagsystemer til driftsmiljøer i Danmark. Du får ansvaret for arkitekturen på tværs af flere udviklingsteams og bliver sparringspartner for kundernes it-arkitekter. Du har erfaring med containerplatforme, infrastructure as code og sikkerhed i skyen. Stillingen er placeret i Aarhus med mulighed for hjemmearbejde.',
    url: 'https://job.example.dk/kmd/cloudarkitekt-til-kommunale-loesninger',
    daysAgo: 8,
    expiresInDays: 30,
  },
  {
    company: 'KMD A/S',
    title: 'Sikkerhedsanalytiker til sikkerhedscenter',
    region: 'Odense',
    description:
      'Vil du være med til at beskytte kommunernes netværk døgnet rundt? Som sikkerhedsanalytiker i KMD’s sikkerhedscenter overvåger du hændelser, undersøger mistænkelig aktivitet og rådgiver kunderne, når noget skal håndteres hurtigt. Du har erfaring med logning og overvågning og er klar til at indgå i en vagtordning. Vi tilbyder certificering og et fagligt stærkt team.',
    url: 'https://job.example.dk/kmd/sikkerhedsanalytiker-til-sikkerhedscenter',
    daysAgo: 14,
    expiresInDays: 45,
  },
  {
    company: 'Netcompany A/S',
    title: 'Senior udvikler (.NET)',
    region: 'Aarhus',
    description:
      'Netcompany søger erfarne udviklere til vores kontor i Aarhus, hvor vi bygger og videreudvikler store løsninger for offentlige og private kunder. Du arbejder med .NET og moderne webteknologier og er med til at sætte retningen for den tekniske kvalitet i teamet. Du har mindst fem års erfaring og kan lide at hjælpe yngre kolleger videre.',
    url: 'https://job.example.dk/netcompany/senior-udvikler-net',
    daysAgo: 10,
    expiresInDays: 35,
  },
  {
    company: 'Netcompany A/S',
    title: 'Testkonsulent',
    region: 'Aalborg',
    description:
      'Som testkonsulent hos Netcompany i Aalborg planlægger og udfører du test af løsninger, der bruges af mange tusinde borgere og medarbejdere hver dag. Du arbejder tæt sammen med udviklere og kunder og er med til at automatisere testen. Erfaring med testværktøjer er en fordel, men vi lægger mest vægt på struktur og nysgerrighed.',
    url: 'https://job.example.dk/netcompany/testkonsulent',
    daysAgo: 21,
    expiresInDays: 20,
  },
  {
    company: 'Formpipe Software A/S',
    title: 'Backendudvikler (Java)',
    region: 'Københavnsområdet',
    description:
      'Formpipe opretter et nyt udviklingsteam i København, der skal arbejde på vores løsninger til sags- og dokumenthåndtering og arkivering. Du udvikler i Java og arbejder tæt sammen med vores udviklere i Sverige. Kendskab til offentlig forvaltning er en fordel, men ikke et krav. Både erfarne og nyuddannede er velkomne til at søge.',
    url: 'https://job.example.dk/formpipe/backendudvikler-java',
    daysAgo: 12,
    expiresInDays: 40,
  },
  {
    company: 'Formpipe Software A/S',
    title: 'Implementeringskonsulent til offentlige kunder',
    region: 'Sjælland',
    description:
      'Som implementeringskonsulent hjælper du kommuner, regioner og statslige myndigheder med at tage vores løsninger i brug. Du leder workshops, sætter løsningen op efter kundens arbejdsgange og underviser superbrugere. Du har erfaring fra den offentlige sektor og er god til at oversætte mellem forretning og teknik. Stillingen indebærer en del rejsedage hos kunder på Sjælland.',
    url: 'https://job.example.dk/formpipe/implementeringskonsulent-til-offentlige-kunder',
    daysAgo: 25,
    expiresInDays: 15,
  },
  {
    company: 'Systematic A/S',
    title: 'Softwareudvikler til forsvarsløsninger',
    region: 'Aarhus',
    description:
      'Systematic søger softwareudviklere til teams, der udvikler løsninger til kommando og kontrol for forsvar i flere lande. Du arbejder med C# eller Java i et miljø med høje krav til kvalitet og sikkerhed. Stillingen kræver, at du kan sikkerhedsgodkendes. Vi tilbyder et fagligt stærkt miljø og gode muligheder for at udvikle dig.',
    url: 'https://job.example.dk/systematic/softwareudvikler-til-forsvarsloesninger',
    daysAgo: 7,
    expiresInDays: 50,
  },
  {
    company: 'Systematic A/S',
    title: 'Klinisk konsulent til sundheds-it',
    region: 'Midtjylland',
    description:
      'Har du en sundhedsfaglig baggrund og interesse for it? Som klinisk konsulent hos Systematic er du bindeleddet mellem vores udviklere og det kliniske personale på hospitalerne. Du deltager i analyse, test og implementering og sikrer, at løsningerne passer til hverdagen på afdelingerne. Erfaring som sygeplejerske, læge eller lignende er en forudsætning.',
    url: 'https://job.example.dk/systematic/klinisk-konsulent-til-sundheds-it',
    daysAgo: 30,
    expiresInDays: 12,
  },
  {
    company: 'Trifork A/S',
    title: 'iOS-udvikler til sundhedsløsninger',
    region: 'Aalborg',
    description:
      'Vil du være blandt de første på Triforks nye kontor i Aalborg? Vi søger en iOS-udvikler, der vil arbejde med apps til patienter og sundhedspersonale. Du har erfaring med Swift og SwiftUI og interesse for tilgængelighed og sikkerhed. Du bliver en del af et team, der også tæller designere og testere.',
    url: 'https://job.example.dk/trifork/ios-udvikler-til-sundhedsloesninger',
    daysAgo: 9,
    expiresInDays: 28,
  },
  {
    company: 'Trifork A/S',
    title: 'Sikkerhedstester til mobil og web',
    region: 'Københavnsområdet',
    description:
      'Trifork udvider sit team af sikkerhedstestere og søger en kollega, der kan finde sårbarheder i mobilapps og webløsninger, før andre gør det. Du gennemfører test hos kunder inden for finans, sundhed og energi og formidler resultaterne til både udviklere og ledelse. Erfaring med penetrationstest er en fordel, men erfarne udviklere med interesse for sikkerhed er også velkomne.',
    url: 'https://job.example.dk/trifork/sikkerhedstester-til-mobil-og-web',
    daysAgo: 18,
    expiresInDays: 60,
  },
  {
    company: 'Atea A/S',
    title: 'Infrastrukturkonsulent med fokus på Microsoft Azure',
    region: 'Syddanmark',
    description:
      'Atea styrker sin tilstedeværelse i Sydvestjylland og søger en infrastrukturkonsulent, der kan hjælpe vores kunder i energi- og offshorebranchen med at designe og drive deres løsninger i Azure. Du har erfaring med netværk, identitetsstyring og drift af servere. Du kommer til at arbejde tæt sammen med kolleger i Kolding og Aarhus.',
    url: 'https://job.example.dk/atea/infrastrukturkonsulent-microsoft-azure',
    daysAgo: 11,
    expiresInDays: 33,
  },
  {
    company: 'Atea A/S',
    title: 'NIS2-rådgiver',
    region: 'Nordjylland',
    description:
      'Som NIS2-rådgiver hos Atea hjælper du mellemstore virksomheder med at leve op til de nye krav til cybersikkerhed. Du gennemfører risikovurderinger, hjælper med leverandørstyring og udarbejder beredskabsplaner sammen med kunderne. Du har erfaring med informationssikkerhed og kan forklare komplekse krav i et enkelt sprog.',
    url: 'https://job.example.dk/atea/nis2-raadgiver',
    daysAgo: 16,
    expiresInDays: 24,
  },
  {
    company: 'Kattegat Data ApS',
    title: 'Dataanalytiker til forsyningssektoren',
    region: 'Aarhus',
    description:
      'Kattegat Data søger en dataanalytiker, der kan hjælpe forsyningsselskaber med at forstå deres data om forbrug og drift. Du bygger rapporter og analyser i tæt samarbejde med kunderne. Du har erfaring med SQL og et visualiseringsværktøj og er god til at formidle tal.',
    url: 'https://job.example.dk/kattegat-data/dataanalytiker-til-forsyningssektoren',
    daysAgo: 40,
    expiresInDays: -5,
  },
  {
    company: 'Limfjord Systemer A/S',
    title: 'Backendudvikler til selvbetjeningsløsninger',
    region: 'Aalborg',
    description:
      'Vi søger en backendudvikler, der vil være med til at bygge integrationer mellem vores selvbetjeningsløsninger og kommunernes fagsystemer. Du arbejder med TypeScript og Node.js i et lille team med kort vej til beslutningerne. Erfaring med offentlige integrationer er et plus.',
    url: 'https://job.example.dk/limfjord-systemer/backendudvikler-til-selvbetjeningsloesninger',
    daysAgo: 38,
    expiresInDays: -2,
  },
];
