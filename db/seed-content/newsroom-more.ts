// More demo content for Spalte: news articles, jobs, people news and company profiles.
// All events, people and quotes are fictional and written for demonstration purposes only. Real companies appear
// only in neutral or positive invented stories and are quoted through unnamed spokespeople.

import type { SeedArticle, SeedCompany, SeedJob, SeedPeopleNews } from './types';

export const MORE_ARTICLES: SeedArticle[] = [
  // ---------------------------------------------------------------- Nyheder
  {
    slug: 'atea-aabner-kontor-i-esbjerg-og-styrker-forretningen-i-jylland',
    section: 'nyheder',
    title: 'Atea åbner kontor i Esbjerg og styrker forretningen i Jylland',
    lead: 'Efter opkøbet af Kystlys Consult i Aarhus tager Atea endnu et skridt vestpå. Det nye kontor skal betjene virksomheder i energi- og offshorebranchen.',
    body: `Atea åbner et nyt kontor i Esbjerg med plads til omkring 25 medarbejdere. Det bekræfter en talsperson for virksomheden over for Spalte.

Kontoret skal primært betjene kunder inden for energi, offshore og havnerelaterede erhverv i Sydvestjylland, som ifølge Atea i dag bliver betjent fra Aarhus og Kolding.

”Vores kunder i Esbjerg-området har travlt med den grønne omstilling, og de har brug for en it-partner, der kan køre ud til dem samme dag. Det kan vi ikke, når vi sidder 150 kilometer væk,” siger talspersonen.

::related{slug="atea-koeber-aarhusiansk-konsulenthus" label="Læs også"}

## En del af en jysk satsning

Åbningen kommer kort efter, at Atea har indgået aftale om at købe det aarhusianske konsulenthus Kystlys Consult med 45 medarbejdere. Ifølge talspersonen hænger de to beslutninger sammen.

”Vi vil gerne være tættere på de mellemstore virksomheder uden for hovedstadsområdet. Det handler både om rådgivning, om drift og om at have folk, der kender de lokale kunder,” siger talspersonen.

Kontoret åbner efter planen til efteråret. De første stillinger inden for infrastruktur og it-sikkerhed bliver slået op i løbet af de kommende uger.`,
    authors: ['jesper-kildegaard'],
    tags: ['Atea', 'Rekruttering', 'Microsoft'],
    related: ['atea-koeber-aarhusiansk-konsulenthus'],
    hoursAgo: 62,
    views: [6, 17, 28, 0, 0, 0, 0],
  },
  {
    slug: 'kmd-og-netcompany-er-fortsat-de-stoerste-offentlige-it-leverandoerer',
    section: 'nyheder',
    title: 'KMD og Netcompany er fortsat de største leverandører af offentlig it',
    lead: 'En ny opgørelse over statens, regionernes og kommunernes it-indkøb viser, at de to største leverandører tilsammen står for godt en femtedel af markedet. Men de mellemstore leverandører vokser hurtigere.',
    body: `KMD og Netcompany er fortsat de to største leverandører af it til den offentlige sektor i Danmark. Det viser en opgørelse fra analysevirksomheden Udbudsindblik, som har gennemgået fakturadata og kontrakttildelinger for det seneste år.

Tilsammen står de to virksomheder for 22 procent af de offentlige it-køb, som opgørelsen omfatter. Det er omtrent samme niveau som året før.

”Markedet er stadig præget af nogle få store leverandører, som har de store fagsystemer og de lange driftskontrakter. Det ændrer sig ikke fra det ene år til det andet,” siger analysechef i Udbudsindblik, Kasper Vinther Holm.

## Mellemstore leverandører vokser

Opgørelsen viser samtidig, at leverandører med mellem 100 og 500 medarbejdere har øget deres andel af markedet for tredje år i træk. Ifølge Kasper Vinther Holm hænger det sammen med, at flere myndigheder deler deres udbud op i mindre dele.

Også Systematic ligger højt på listen, drevet af kontrakter inden for sundheds-it og forsvar.

## Leverandørerne ser travlhed

En talsperson for KMD oplyser til Spalte, at virksomheden oplever ”en stigende efterspørgsel efter løsninger, der kan hjælpe kommunerne med at frigøre tid til borgerne”. En talsperson for Netcompany peger på, at moderniseringen af ældre statslige systemer fortsat fylder meget i ordrebøgerne.

Opgørelsen omfatter ikke hardware, licenser til kontorsoftware og telefoni.`,
    authors: ['jesper-kildegaard', 'line-vestergaard'],
    tags: ['KMD', 'Netcompany', 'Udbud', 'Offentlig digitalisering'],
    related: ['netcompany-vinder-kontrakt-om-ny-tilskudsplatform'],
    hoursAgo: 140,
    views: [3, 5, 9, 14, 22, 31, 0],
  },
  {
    slug: 'trifork-skal-udvikle-ny-kundeapp-til-nordisk-pensionsselskab',
    section: 'nyheder',
    title: 'Trifork skal udvikle ny kundeapp til nordisk pensionsselskab',
    lead: 'Aftalen løber over tre år og omfatter både app, selvbetjening på nettet og integration til pensionsselskabets kernesystemer. Arbejdet skal foregå fra Aarhus og København.',
    body: `Trifork har indgået en aftale med et nordisk pensionsselskab om at udvikle selskabets nye kundeapp og selvbetjeningsløsning. Det oplyser Trifork i en selskabsmeddelelse.

Aftalen løber over tre år. Hverken kundens navn eller aftalens værdi oplyses, men ifølge Trifork er der tale om en af de større aftaler inden for den finansielle sektor i virksomhedens danske forretning.

”Pensionskunder forventer i dag det samme af deres pensionsselskab som af deres bank. De vil kunne se deres opsparing, ændre deres dækninger og få svar på deres spørgsmål, når det passer dem,” siger en talsperson for Trifork til Spalte.

## Fokus på tilgængelighed

Den nye app skal leve op til de europæiske krav om digital tilgængelighed, som gælder for en række finansielle tjenester. Det betyder blandt andet, at den skal kunne bruges med skærmlæser og med forstørret tekst.

Ifølge talspersonen vil omkring 30 udviklere, designere og testere blive tilknyttet projektet, fordelt mellem Triforks kontorer i Aarhus og København.

## Sektoren investerer

Pensions- og forsikringsselskaberne har de seneste år investeret massivt i digitale kundeløsninger. Flere selskaber har samtidig gang i store projekter med at modernisere de bagvedliggende kernesystemer, som i mange tilfælde er flere årtier gamle.`,
    authors: ['jesper-kildegaard'],
    tags: ['Trifork', 'Finanssektoren'],
    related: ['trifork-aabner-udviklingskontor-i-aalborg'],
    hoursAgo: 290,
  },
  {
    slug: 'konkurs-i-softwarehus-efterlader-kommunale-kunder-uden-support',
    section: 'nyheder',
    title: 'Konkurs i softwarehus efterlader kommunale kunder uden support',
    lead: 'Hedeskov Systemer A/S i Herning er erklæret konkurs. 140 kunder, heriblandt 11 kommuner, står nu uden leverandør på et system til booking af lokaler og haller.',
    body: `Skifteretten i Herning har erklæret softwarevirksomheden Hedeskov Systemer A/S konkurs. Det fremgår af Statstidende. Virksomheden havde 34 medarbejdere og udviklede blandt andet et system til booking af idrætshaller, mødelokaler og kommunale faciliteter.

Ifølge kurator, advokat Helle Aagaard Nissen, har virksomheden omkring 140 kunder, heriblandt 11 kommuner og en lang række foreninger.

”Vi arbejder på at finde en køber til virksomhedens software og kundeaftaler, så kunderne kan fortsætte. Indtil videre holder vi driften kørende, men det kan vi kun gøre i en kortere periode,” siger Helle Aagaard Nissen til Spalte.

## Kommunerne leder efter alternativer

Flere af de berørte kommuner bekræfter over for Spalte, at de er gået i gang med at undersøge alternativer. For nogle af dem falder konkursen midt i sæsonen, hvor idrætsforeningerne fordeler haltider for det kommende år.

”Vi har fået en kopi af vores data, så vi ikke står med tomme hænder. Men det er ikke noget, man skifter på en uge,” siger en digitaliseringschef i en af kommunerne.

## Et spørgsmål om leverandørstyring

Sagen viser ifølge en udbudsjurist, som Spalte har talt med, hvorfor det er vigtigt at have en exitplan og adgang til sine data, også når det gælder mindre systemer.

”Mange kommuner har styr på de store fagsystemer. Men der er hundredvis af små systemer, som ingen har tænkt over, før leverandøren forsvinder,” siger hun.

*Opdateret: Artiklen er opdateret med oplysningen om, at kommunerne har fået udleveret en kopi af deres data.*`,
    authors: ['jesper-kildegaard', 'sofie-brandt-nielsen'],
    tags: ['Leverandørstyring', 'Kommuner'],
    related: ['virksomheder-henter-it-hjem-fra-outsourcing'],
    hoursAgo: 430,
    updatedHoursAgo: 425,
  },
  {
    slug: 'koebenhavnsk-ai-startup-henter-90-millioner-til-juridisk-sprogmodel',
    section: 'nyheder',
    title: 'Københavnsk AI-startup henter 90 millioner kroner til juridisk sprogmodel',
    lead: 'Paragrafia ApS udvikler en sprogmodel, der er trænet på danske domme og lovforarbejder. Pengene skal bruges til at komme ind på det tyske marked.',
    body: `Det københavnske AI-selskab Paragrafia ApS har rejst 90 millioner kroner i en ny kapitalrunde. Det oplyser selskabet til Spalte. Runden er ledet af en nordisk venturefond, mens flere af selskabets eksisterende investorer også deltager.

Paragrafia blev stiftet i 2023 af tre tidligere advokatfuldmægtige og en dataforsker. Selskabet udvikler en sprogmodel, der kan hjælpe advokater og virksomhedsjurister med at finde relevante domme og vurdere risici i kontrakter.

”Generelle sprogmodeller er imponerende, men de kender ikke dansk retspraksis godt nok. Vores model er trænet på de kilder, jurister faktisk bruger, og den viser altid, hvor svaret kommer fra,” siger medstifter og administrerende direktør Emilie Schou-Rasmussen.

## Tyskland næste

Ifølge Emilie Schou-Rasmussen har selskabet i dag omkring 60 betalende kunder, primært danske advokatfirmaer. Pengene fra kapitalrunden skal blandt andet bruges til at tilpasse løsningen til tysk ret og til at åbne et kontor i Hamborg.

Selskabet har 28 ansatte og forventer at være omkring 50 ved udgangen af året.

## Juristerne er skeptiske

Ikke alle i branchen er lige begejstrede. En partner i et mellemstort advokatfirma, som Spalte har talt med, peger på, at ansvaret for rådgivningen altid vil ligge hos advokaten.

”Værktøjerne kan spare tid på research. Men jeg har endnu ikke set en model, jeg vil lade skrive til en klient uden at læse det hele igennem,” siger han.`,
    authors: ['jesper-kildegaard'],
    tags: ['Kunstig intelligens', 'Investering'],
    related: ['danske-bank-samler-ai-udvikling-i-ny-enhed'],
    hoursAgo: 620,
  },
  {
    slug: 'alle-husstande-paa-aeroe-skal-have-fibernet-inden-2028',
    section: 'nyheder',
    title: 'Alle husstande på Ærø skal have fibernet inden 2028',
    lead: 'Et lokalt fiberselskab og Ærø Kommune går sammen om at grave fiber ned til de sidste 900 adresser på øen. Projektet støttes af statens bredbåndspulje.',
    body: `Alle husstande og virksomheder på Ærø skal have adgang til fibernet inden udgangen af 2028. Det er målet med en aftale mellem Ærø Kommune og det lokale fiberselskab Øhavets Fiber A/S, som blev præsenteret på et borgermøde i Marstal.

I dag har omkring 80 procent af adresserne på øen adgang til fiber. Aftalen skal sikre, at de resterende cirka 900 adresser, som primært ligger i landområderne, også bliver koblet på.

”Når man bor på en ø, er en god forbindelse ikke en luksus. Det er forudsætningen for, at man kan arbejde hjemmefra, drive virksomhed og gå i skole,” siger direktør i Øhavets Fiber, Niels Ejby Clausen.

## Støtte fra bredbåndspuljen

Projektet har en samlet pris på omkring 38 millioner kroner. En del af finansieringen kommer fra statens bredbåndspulje, mens resten betales af selskabet og af de husstande, der tilslutter sig.

Ifølge Niels Ejby Clausen er det især de lange afstande mellem husene, der gør projektet dyrt.

”Der er steder, hvor vi skal grave en kilometer for at nå én husstand. Det regnestykke går ikke op uden tilskud,” siger han.

## Gravearbejdet begynder til foråret

Gravearbejdet forventes at begynde til foråret og vil ske etape for etape, så landbrug og turisme påvirkes mindst muligt i sommermånederne. Husstande, der ønsker at blive tilsluttet, kan tilmelde sig allerede nu.`,
    authors: ['line-vestergaard'],
    tags: ['Netværk', 'Kommuner'],
    hoursAgo: 870,
  },
  {
    slug: 'systematic-udvider-i-aarhus-og-vil-ansaette-120-udviklere',
    section: 'nyheder',
    title: 'Systematic udvider i Aarhus og vil ansætte 120 udviklere',
    lead: 'Softwarevirksomheden lejer sig ind i en ny bygning i Aarhus og vil have flere udviklere til både forsvars- og sundhedsområdet. Rekrutteringen skal ske over de næste to år.',
    body: `Systematic har lejet sig ind i en ny kontorbygning i Aarhus og forventer at ansætte omkring 120 udviklere, arkitekter og testere i Danmark over de kommende to år. Det oplyser en talsperson for virksomheden til Spalte.

Udvidelsen skal ses i lyset af en stigende efterspørgsel efter virksomhedens software til forsvaret og til sundhedsvæsenet, både i Danmark og i udlandet.

”Vi har en ordrebog, der kræver flere hænder, og vi vil gerne have dem her i Aarhus. Vi har et godt samarbejde med universitetet, og mange af vores medarbejdere har været hos os i mange år,” siger talspersonen.

## Sikkerhedsgodkendelse tager tid

En del af de nye medarbejdere skal arbejde med forsvarsløsninger og skal derfor sikkerhedsgodkendes, før de kan begynde på opgaverne. Ifølge talspersonen kan det tage flere måneder, hvilket er en af grundene til, at virksomheden rekrutterer i god tid.

## Hård konkurrence i byen

Aarhus har de seneste år oplevet en stigende konkurrence om erfarne udviklere, efter at flere store danske og udenlandske virksomheder har åbnet eller udvidet udviklingsafdelinger i byen.

Systematic forventer at flytte ind i de nye lokaler i løbet af efteråret.`,
    authors: ['jesper-kildegaard', 'anders-moerk-jakobsen'],
    tags: ['Systematic', 'Rekruttering', 'Forsvar'],
    related: ['systematic-lander-stor-forsvarsordre'],
    image: 'moede',
    hoursAgo: 1180,
  },
  {
    slug: 'it-budgetterne-vokser-mest-i-fem-aar',
    section: 'nyheder',
    title: 'It-budgetterne vokser mest i fem år – sikkerhed og AI løber med pengene',
    lead: 'Danske virksomheder forventer at øge deres it-budgetter med i gennemsnit 6,4 procent i år. Men en stor del af stigningen går til at leve op til nye krav.',
    body: `Danske virksomheder skruer op for it-investeringerne. I en ny undersøgelse blandt 310 it-chefer, som analyseinstituttet Kvantum Analyse har gennemført for Spalte, forventer cheferne, at deres budgetter stiger med i gennemsnit 6,4 procent i år. Det er den største stigning i fem år.

Det er især it-sikkerhed og kunstig intelligens, der trækker op. 64 procent af it-cheferne forventer at bruge flere penge på sikkerhed, mens 58 procent forventer at øge udgifterne til AI.

”Der er to ting, der driver budgetterne lige nu. Det ene er, at direktionerne gerne vil have AI i spil. Det andet er, at lovgivningen stiller krav, som man ikke kan sige nej til,” siger analysechef i Kvantum Analyse, Mathilde Riis Kongsted.

## Mindre til nye projekter

Undersøgelsen viser dog også, at en stor del af stigningen ikke går til nye projekter. Hver tredje it-chef svarer, at mere end halvdelen af budgetstigningen bliver brugt på at leve op til krav fra NIS2, AI-forordningen og andre regler.

”Det er ikke nødvendigvis dårligt. Men det betyder, at budgetterne vokser, uden at forretningen nødvendigvis oplever, at der sker mere,” siger Mathilde Riis Kongsted.

## Konsulenterne får mindre

Hvor it-cheferne vil bruge mere på sikkerhed og AI, forventer hver fjerde at skære ned på brugen af eksterne konsulenter.`,
    authors: ['jesper-kildegaard'],
    tags: ['CIO', 'Kunstig intelligens', 'NIS2'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai'],
    hoursAgo: 1580,
  },
  {
    slug: 'fynsk-hostingselskab-koeber-tre-konkurrenter',
    section: 'nyheder',
    title: 'Fynsk hostingselskab køber tre konkurrenter og bliver landets største uafhængige',
    lead: 'Med tre opkøb på én gang får Baaring Hosting A/S 4.000 nye erhvervskunder og datacenterkapacitet i både Jylland og på Sjælland.',
    body: `Det odenseanske hostingselskab Baaring Hosting A/S har købt tre mindre konkurrenter i Vejle, Roskilde og Aalborg. Det oplyser selskabet i en pressemeddelelse. Med opkøbene bliver Baaring Hosting ifølge selskabet selv den største uafhængige danske hostingvirksomhed målt på antal erhvervskunder.

Købesummen er ikke oplyst. De tre selskaber har tilsammen omkring 4.000 erhvervskunder og 46 medarbejdere, som alle overgår til Baaring Hosting.

”Kunderne vil have sikkerhed, overvågning og hjælp, når det brænder på, og de vil have det fra en dansk leverandør. Det kræver en vis størrelse, og den får vi nu,” siger administrerende direktør i Baaring Hosting, Anders Baaring.

## Konsolidering i branchen

Opkøbet er det seneste i en række af handler i den danske hostingbranche, hvor mange mindre selskaber er blevet købt op de seneste år. Ifølge en branchekender, som Spalte har talt med, skyldes det især stigende krav til sikkerhed og dokumentation.

”Det er blevet dyrt at være lille. Kunderne spørger om certificeringer og beredskabsplaner, og det er svært at løfte for et selskab med ti ansatte,” siger han.

## Kunderne mærker ikke noget foreløbig

Ifølge Baaring Hosting fortsætter de tre opkøbte selskaber under deres nuværende navne det første år. Kunderne beholder deres aftaler og kontaktpersoner.`,
    authors: ['rasmus-holm-thygesen', 'jesper-kildegaard'],
    tags: ['Opkøb', 'Datacentre'],
    related: ['danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud'],
    image: 'serverrum',
    hoursAgo: 2250,
  },
  {
    slug: 'kmd-lancerer-ny-loen-og-personaleloesning-til-kommunerne',
    section: 'nyheder',
    title: 'KMD lancerer ny løn- og personaleløsning til kommunerne',
    lead: 'Den nye løsning skal gøre det lettere for kommunerne at håndtere løn, vagtplaner og fravær ét sted. De første kommuner tager den i brug næste år.',
    body: `KMD har præsenteret en ny løsning til løn og personaleadministration, som er målrettet kommunerne. Det oplyser virksomheden til Spalte.

Løsningen samler lønberegning, vagtplanlægning, fravær og medarbejderdata i én platform. Ifølge KMD er målet at reducere det manuelle arbejde i kommunernes løn- og personaleafdelinger, hvor mange medarbejdere i dag skal taste de samme oplysninger ind flere steder.

”Kommunerne har mange medarbejdere med skiftende arbejdstider, særlige tillæg og mange overenskomster. Det gør lønområdet komplekst, og det er netop her, vi kan gøre en forskel,” siger en talsperson for KMD.

## Selvbetjening for medarbejderne

En central del af løsningen er en app, hvor medarbejderne selv kan se deres vagter, bytte vagter med kolleger og registrere fravær. Ændringerne føres automatisk videre til lønberegningen.

En lønchef i en midtjysk kommune, som har deltaget i en brugergruppe under udviklingen, kalder det ”et stort skridt fremad” for de medarbejdere, der arbejder i skiftende vagter.

”I dag går der mange timer med at rette fejl, fordi en vagtændring ikke er blevet registreret rigtigt. Hvis det kan undgås, er der meget tid at hente,” siger hun.

## Gradvis udrulning

De første kommuner forventes at tage løsningen i brug i løbet af næste år. Eksisterende kunder kan fortsætte på den nuværende løsning, oplyser KMD.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['KMD', 'Kommuner', 'Løn'],
    related: ['kmd-samler-forretningen-i-tre-enheder'],
    hoursAgo: 3300,
  },

  // ---------------------------------------------------------------- Sikkerhed
  {
    slug: 'ransomwareangreb-rammer-vestjysk-forsyningsselskab',
    section: 'sikkerhed',
    title: 'Ransomwareangreb rammer vestjysk forsyningsselskab – vandet løber stadig',
    lead: 'Klitvang Forsyning A/S har fået krypteret sine administrative systemer. Drikkevand og spildevand er ikke berørt, men kunderne kan ikke få svar på regninger og flytninger.',
    body: `Klitvang Forsyning A/S, der leverer vand og varme til omkring 38.000 husstande i Vestjylland, er blevet ramt af et ransomwareangreb. Det bekræfter selskabets direktør, Jens Peder Lauritsen, over for Spalte.

Angrebet blev opdaget mandag morgen, da medarbejderne ikke kunne logge på selskabets økonomi- og kundesystemer. De kriminelle har efterladt en besked med krav om løsesum.

”Det vigtigste for os er, at vandet løber, og at varmen kommer ud til kunderne. De systemer, der styrer vandværkerne og varmecentralerne, er adskilt fra det administrative netværk, og de er ikke berørt,” siger Jens Peder Lauritsen.

## Kundeservice kører på papir

Angrebet betyder, at selskabets kundeservice i øjeblikket ikke kan se kundernes oplysninger. Henvendelser om flytninger og regninger bliver noteret og behandlet, når systemerne er oppe igen.

Selskabet har anmeldt angrebet til politiet og indrapporteret hændelsen til myndighederne efter NIS2-reglerne. Det kan ifølge direktøren ikke udelukkes, at oplysninger om kunder er blevet stjålet.

::related{slug="ransomwaregrupper-dropper-kryptering-og-stjaeler-data" label="Læs også"}

## Adskillelsen virkede

En sikkerhedsrådgiver med speciale i forsyningssektoren, som Spalte har talt med, kalder det afgørende, at driftsnetværket var adskilt fra resten.

”Det er præcis det, man har talt om i branchen i mange år. Her ser vi, at det gør en forskel,” siger han.

*Opdateret: Artiklen er opdateret med oplysningen om, at hændelsen er indrapporteret efter NIS2-reglerne.*`,
    authors: ['mette-lykke-andersen'],
    tags: ['Ransomware', 'NIS2', 'Beredskab'],
    related: [
      'ransomwaregrupper-dropper-kryptering-og-stjaeler-data',
      'ransomware-lammer-produktion-hos-midtjysk-plastvirksomhed',
    ],
    image: 'sikkerhed',
    hoursAgo: 68,
    updatedHoursAgo: 64,
    views: [11, 24, 38, 0, 0, 0, 0],
  },
  {
    slug: 'kritisk-saarbarhed-i-bookingsystem-til-klinikker',
    section: 'sikkerhed',
    title: 'Kritisk sårbarhed i bookingsystem kan have eksponeret patientdata hos 300 klinikker',
    lead: 'En fejl i et udbredt bookingsystem til fysioterapeuter og tandlæger gjorde det muligt at se andre patienters aftaler. Leverandøren har lukket hullet.',
    body: `En sårbarhed i bookingsystemet Tidsfjord, som bruges af omkring 300 danske fysioterapeuter, kiropraktorer og tandlægeklinikker, har gjort det muligt for uvedkommende at se oplysninger om andre patienters aftaler. Det bekræfter leverandøren, Tidsfjord ApS, over for Spalte.

Fejlen blev fundet af en sikkerhedsforsker, der opdagede, at man ved at ændre et nummer i adressen på en bookingbekræftelse kunne få vist andre patienters navn, telefonnummer og tidspunkt for behandling.

”Det er en klassisk fejl, hvor systemet ikke tjekker, om den, der spørger, også har ret til at se oplysningerne. Den slags burde blive fanget ved en sikkerhedstest,” siger sikkerhedsforskeren Morten Aabye, der fandt fejlen.

## Rettet inden for et døgn

Ifølge Tidsfjord blev sårbarheden lukket mindre end et døgn efter, at selskabet fik besked. Selskabet har anmeldt hændelsen til Datatilsynet og er ved at undersøge logfilerne for at se, om andre end sikkerhedsforskeren har udnyttet fejlen.

”Vi beklager fejlen. Vi har gennemgået hele systemet for lignende fejl og får nu foretaget en uafhængig sikkerhedstest,” skriver Tidsfjords direktør, Louise Brinch, i en mail til Spalte.

## Klinikkerne har ansvaret

Selvom fejlen lå hos leverandøren, er det klinikkerne, der er dataansvarlige for patienternes oplysninger. Flere klinikker har derfor fået besked om at vurdere, om de skal underrette deres patienter.

Datatilsynet har over for Spalte bekræftet at have modtaget en anmeldelse, men ønsker ikke at kommentere den konkrete sag.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Sårbarheder', 'Sundheds-IT', 'GDPR'],
    image: 'sikkerhed',
    hoursAgo: 165,
    views: [2, 4, 7, 12, 19, 33, 40],
  },
  {
    slug: 'kmd-vil-overvaage-kommunernes-netvaerk-doegnet-rundt',
    section: 'sikkerhed',
    title: 'KMD vil overvåge kommunernes netværk døgnet rundt',
    lead: 'Et nyt fælles sikkerhedscenter skal holde øje med trafikken i de tilsluttede kommuners netværk. Især de mindre kommuner har svært ved selv at have folk på vagt.',
    body: `KMD lancerer en ny tjeneste, hvor kommunernes netværk og it-systemer overvåges døgnet rundt fra et sikkerhedscenter. Det oplyser virksomheden til Spalte.

Tjenesten retter sig især mod mindre og mellemstore kommuner, som ifølge KMD har svært ved at have egne specialister på vagt om natten og i weekenderne.

”Angreb sker ikke kun i arbejdstiden. Tværtimod vælger de kriminelle ofte at slå til en fredag aften eller i en ferie, hvor der er færrest på arbejde. Det er dér, et sikkerhedscenter gør en forskel,” siger en talsperson for KMD.

## Hjælp til NIS2-kravene

Med NIS2-reglerne er en række kommunale opgaver, blandt andet inden for forsyning og sundhed, blevet omfattet af skærpede krav til overvågning og indrapportering af hændelser.

En it-sikkerhedschef i en sjællandsk kommune, der har deltaget i en testperiode, siger, at tjenesten har givet et bedre overblik.

”Vi er fire personer i it-sikkerheden. Vi kan ikke kigge på logfiler hele natten. Nu ved jeg, at der er nogen, der ringer, hvis der sker noget,” siger hun.

## Kommunerne beholder ansvaret

Ifølge KMD ændrer tjenesten ikke på, at det er kommunerne selv, der har ansvaret for deres it-sikkerhed og for at reagere på hændelser. Sikkerhedscentret står for overvågning og varsling, mens kommunerne beslutter, hvad der skal ske.`,
    authors: ['mette-lykke-andersen', 'sofie-brandt-nielsen'],
    tags: ['KMD', 'Kommuner', 'Cybertrusler', 'NIS2'],
    related: ['hver-tredje-virksomhed-er-ikke-klar-til-nis2'],
    image: 'sikkerhed',
    hoursAgo: 320,
  },
  {
    slug: 'falske-fakturaer-koster-danske-virksomheder-millioner',
    section: 'sikkerhed',
    title: 'Falske fakturaer koster danske virksomheder millioner',
    lead: 'Svindlere bryder ind i leverandørers mailkonti og sender fakturaer med nye kontonumre. Det er blevet en af de mest udbredte former for it-kriminalitet mod danske virksomheder.',
    body: `Flere danske virksomheder er de seneste måneder blevet snydt for store beløb, efter at de har betalt fakturaer, som tilsyneladende kom fra en kendt leverandør, men hvor kontonummeret var ændret. Det fortæller sikkerhedsfirmaet Nordlys Security til Spalte.

Metoden kaldes ofte for fakturasvindel eller business email compromise. Svindlerne bryder ind i en leverandørs mailkonto, læser med i korrespondancen og sender så en faktura eller en besked om, at leverandøren har skiftet bank.

”Det er ekstremt overbevisende, fordi mailen kommer fra den rigtige adresse og henviser til en rigtig ordre. Det er ikke en dårligt formuleret phishing-mail. Det er en del af en samtale, der allerede er i gang,” siger chefanalytiker i Nordlys Security, Sara Winther.

## Beløb i millionklassen

Ifølge Nordlys Security har firmaet alene i år hjulpet 14 virksomheder, der er blevet snydt på denne måde. Det største enkeltbeløb var 3,2 millioner kroner, som en produktionsvirksomhed overførte til en konto i Litauen.

Kun en lille del af pengene er blevet fundet igen.

## Ring og tjek

Sara Winther anbefaler, at virksomheder indfører en fast regel om, at ændringer af kontonumre altid skal bekræftes telefonisk, og at man bruger et telefonnummer, man kender i forvejen.

”Det lyder gammeldags, men et telefonopkald er det mest effektive værn. Svindlerne kan læse mails, men de kan sjældent tage telefonen hos leverandøren,” siger hun.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Phishing', 'Cybertrusler'],
    related: ['falske-mitid-beskeder-gaar-efter-pensionister'],
    hoursAgo: 470,
  },
  {
    slug: 'koebenhavns-kommune-sender-medarbejdere-paa-phishing-kursus',
    section: 'sikkerhed',
    title: 'Københavns Kommune sender 40.000 medarbejdere på phishing-kursus',
    lead: 'Alle ansatte i landets største kommune skal gennemføre et kort onlinekursus i at genkende falske mails. Samtidig sender kommunen løbende testmails ud.',
    body: `Københavns Kommune har sat gang i et stort træningsforløb, hvor omkring 40.000 medarbejdere skal lære at genkende phishing-mails og andre forsøg på svindel. Det oplyser kommunen til Spalte.

Kurset tager omkring 20 minutter og gennemføres online. Det er obligatorisk for alle medarbejdere med en kommunal mailadresse, fra sagsbehandlere i forvaltningerne til pædagoger i daginstitutionerne.

”Teknikken kan fange rigtig meget, men der vil altid slippe noget igennem. Derfor er medarbejderne en vigtig del af forsvaret, og det skal vi hjælpe dem med at være,” siger en chef i kommunens it-sikkerhedsenhed.

## Testmails i indbakken

Ud over kurset vil kommunen løbende sende simulerede phishing-mails til medarbejderne. Hvis en medarbejder klikker på linket, bliver vedkommende sendt videre til en kort forklaring på, hvad der burde have vakt mistanke.

Ifølge kommunen bliver resultaterne kun brugt til at måle, hvordan det går i organisationen som helhed. Den enkelte medarbejders klik bliver ikke registreret i personalesager.

## Fokus på at melde fra

En vigtig del af forløbet er at få medarbejderne til at melde mistænkelige mails, også når de selv er kommet til at klikke.

”Det værste, der kan ske, er, at en medarbejder har klikket og ikke tør sige det. Vi vil hellere have ti falske alarmer end én, vi ikke hører om,” siger chefen.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Phishing', 'Kommuner', 'Uddannelse'],
    hoursAgo: 660,
  },
  {
    slug: 'formpipe-logger-alle-opslag-i-foelsomme-sager',
    section: 'sikkerhed',
    title: 'Formpipe logger nu alle opslag i følsomme sager',
    lead: 'En ny funktion i Formpipes sagsbehandlingssystem gør det muligt for myndigheder at se, hvem der har åbnet hvilke sager. Det skal gøre det lettere at opdage misbrug.',
    body: `Formpipe har udvidet sin løsning til sags- og dokumenthåndtering med en funktion, der registrerer alle opslag i sager med følsomme personoplysninger. Det oplyser virksomheden til Spalte.

Funktionen gør det muligt for myndighederne at se, hvilke medarbejdere der har åbnet en bestemt sag, og at få en advarsel, hvis en medarbejder slår usædvanligt mange sager op på kort tid.

”Myndighederne har pligt til at kunne dokumentere, hvem der har haft adgang til følsomme oplysninger. Det har været muligt før, men det har krævet meget manuelt arbejde. Nu er det en del af løsningen,” siger en talsperson for Formpipe.

## Krav fra kunderne

Ifølge Formpipe er funktionen udviklet på baggrund af ønsker fra kommuner og statslige myndigheder, som har oplevet sager, hvor medarbejdere har slået oplysninger op om familie, naboer eller kendte personer uden at have et arbejdsmæssigt behov.

En informationssikkerhedskoordinator i en kommune, som har testet funktionen, siger, at den gør kontrollen langt mere overskuelig.

”Før skulle vi trække store udtræk og gennemgå dem i regneark. Nu kan vi se mønstrene med det samme,” siger hun.

## Medarbejderne skal informeres

Formpipe understreger, at myndighederne selv skal sørge for at informere medarbejderne om logningen og fastsætte regler for, hvordan oplysningerne bruges.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Formpipe', 'GDPR', 'Offentlig digitalisering'],
    related: ['formpipe-lancerer-cloududgave-til-offentlige-kunder'],
    hoursAgo: 930,
  },
  {
    slug: 'atea-efterspoergslen-efter-nis2-hjaelp-er-fordoblet',
    section: 'sikkerhed',
    title: 'Atea: Efterspørgslen efter hjælp til NIS2 er fordoblet',
    lead: 'Især mellemstore virksomheder søger hjælp til risikovurderinger og leverandørstyring. Flere har først opdaget sent, at de er omfattet af reglerne.',
    body: `Atea oplever en kraftigt stigende efterspørgsel efter rådgivning om NIS2. Antallet af kundeforløb om de nye regler er mere end fordoblet det seneste halve år, oplyser en talsperson for virksomheden til Spalte.

Det er især mellemstore virksomheder inden for produktion, transport og fødevarer, der henvender sig. Mange af dem er omfattet af reglerne, fordi de leverer til kritiske sektorer.

”Vi møder mange virksomheder, som først ret sent har fundet ud af, at de er omfattet. De har ofte styr på det tekniske, men mangler politikker, risikovurderinger og overblik over deres leverandører,” siger talspersonen.

## Leverandørerne er den store opgave

Ifølge Atea er styringen af leverandører den del af reglerne, hvor kunderne oftest har brug for hjælp. Mange virksomheder har aldrig lavet en samlet oversigt over, hvilke leverandører der har adgang til deres systemer.

”Det er et stort stykke detektivarbejde for mange. Man finder leverandører, som man havde glemt, man havde,” siger talspersonen.

## Rådgivere har travlt

Også andre rådgivningsvirksomheder, som Spalte har talt med, oplever stor efterspørgsel. Flere har ansat ekstra medarbejdere eller har måttet sige nej til opgaver.

Myndighederne har varslet, at de første tilsyn med NIS2-reglerne vil blive gennemført i løbet af året.`,
    authors: ['mette-lykke-andersen', 'jesper-kildegaard'],
    tags: ['Atea', 'NIS2', 'Leverandørstyring'],
    related: ['hver-tredje-virksomhed-er-ikke-klar-til-nis2', 'nis2-driver-loennen-op-for-sikkerhedsspecialister'],
    hoursAgo: 1230,
  },
  {
    slug: 'datatilsynet-kritiserer-jobportal-for-at-gemme-cver-i-ti-aar',
    section: 'sikkerhed',
    title: 'Datatilsynet kritiserer jobportal for at gemme cv’er i ti år',
    lead: 'Jobportalen Ansøgerbanken ApS har gemt ansøgeres cv’er og personlighedstest i op til ti år. Datatilsynet udtaler alvorlig kritik og påbyder selskabet at slette oplysningerne.',
    body: `Datatilsynet har udtalt alvorlig kritik af jobportalen Ansøgerbanken ApS, der har opbevaret oplysninger om jobsøgende i langt længere tid end nødvendigt. Det fremgår af en afgørelse, som tilsynet har offentliggjort.

Ifølge afgørelsen havde portalen gemt omkring 210.000 cv’er, ansøgninger og resultater af personlighedstest, hvoraf en stor del var mere end fem år gamle. De ældste var fra 2015.

”Jobsøgende giver mange personlige oplysninger fra sig, når de søger job. De skal kunne regne med, at oplysningerne ikke bliver liggende i årevis, efter at de har fundet et job,” skriver Datatilsynet i afgørelsen.

## Påbud om sletning

Tilsynet har påbudt Ansøgerbanken at slette alle oplysninger om brugere, der ikke har været aktive de seneste to år, og at indføre faste regler for sletning fremover.

Sagen blev rejst, da en bruger klagede over, at selskabet havde sendt hende jobforslag otte år efter, at hun sidst havde logget ind.

## Selskabet har ryddet op

Ansøgerbankens direktør, Torben Kjeldsen, oplyser i en skriftlig kommentar til Spalte, at selskabet har slettet de gamle oplysninger og har indført automatisk sletning.

”Vi havde ikke fået fulgt op på vores egne regler. Det er vi ærgerlige over, og det har vi rettet,” skriver han.`,
    authors: ['mette-lykke-andersen'],
    tags: ['GDPR', 'Datatilsynet', 'Rekruttering'],
    related: ['datatilsynet-indstiller-boligadministrator-til-boede'],
    hoursAgo: 1680,
  },
  {
    slug: 'saarbarhed-i-hjemmeroutere-giver-adgang-til-netvaerket',
    section: 'sikkerhed',
    title: 'Sårbarhed i populære hjemmeroutere giver angribere adgang til netværket',
    lead: 'En fejl i routere fra producenten Netbølge kan udnyttes til at overtage enheden udefra. Omkring 60.000 danske husstande har en af de berørte modeller.',
    body: `En alvorlig sårbarhed i flere routermodeller fra producenten Netbølge ApS gør det muligt for en angriber at overtage routeren over internettet uden at kende adgangskoden. Det oplyser producenten, der har udsendt en opdatering.

Routerne bliver udleveret af flere mindre internetudbydere og findes ifølge Netbølge i omkring 60.000 danske husstande og små virksomheder.

”Vi har udsendt en rettelse, som installeres automatisk på de fleste enheder i løbet af de kommende dage. Kunder, der har slået automatiske opdateringer fra, bør opdatere manuelt,” skriver Netbølge i en meddelelse.

## Hjemmearbejdspladser er i risiko

Sårbarheden findes i routerens webbaserede administrationsside, som på de berørte modeller som udgangspunkt var tilgængelig fra internettet.

Ifølge en sikkerhedskonsulent, som Spalte har talt med, er det især bekymrende, fordi mange medarbejdere arbejder hjemmefra på netværk, som arbejdsgiveren ikke har kontrol med.

”En overtaget router kan bruges til at omdirigere trafik og overvåge, hvad der foregår på netværket. Det er et godt udgangspunkt for videre angreb,” siger han.

## Sådan tjekker du din router

Netbølge anbefaler, at brugere:

- logger ind på routeren og kontrollerer, at softwareversionen er opdateret
- skifter adgangskoden til administrationssiden, hvis den aldrig er blevet ændret
- slår fjernadministration fra, hvis den ikke bruges`,
    authors: ['mette-lykke-andersen'],
    tags: ['Sårbarheder', 'Netværk', 'Hjemmearbejde'],
    related: ['myndigheder-advarer-om-angreb-paa-vpn-udstyr'],
    image: 'sikkerhed',
    hoursAgo: 2350,
  },
  {
    slug: 'trifork-flere-kunder-vil-have-sikkerhedstest-af-deres-apps',
    section: 'sikkerhed',
    title: 'Trifork: Flere kunder vil have deres apps sikkerhedstestet',
    lead: 'Nye krav fra EU og en række sager om læk af data har fået flere virksomheder til at bestille sikkerhedstest af deres mobilapps. Trifork udvider sit testteam.',
    body: `Trifork oplever en stigende efterspørgsel efter sikkerhedstest af mobilapps og webløsninger. Det oplyser en talsperson for virksomheden til Spalte.

Ifølge talspersonen er det især virksomheder inden for finans, sundhed og energi, der efterspørger test, både af nye løsninger og af apps, som har været i drift i flere år.

”Mange apps er bygget hurtigt for nogle år siden og er blevet udvidet løbende. Der kan sagtens gemme sig sårbarheder i gamle dele af koden, som ingen har kigget på længe,” siger talspersonen.

## Flere regler på vej

Efterspørgslen hænger ifølge Trifork sammen med, at flere EU-regler stiller krav om, at virksomheder kan dokumentere sikkerheden i deres digitale produkter. Det gælder blandt andet NIS2 og de kommende krav til produkter med digitale elementer.

## Udvider testteamet

Trifork forventer at udvide sit team af sikkerhedstestere med omkring ti personer i løbet af året. Ifølge talspersonen er det svært at finde kandidater med den rette erfaring.

”Det er en niche, hvor man både skal forstå, hvordan apps er bygget, og hvordan en angriber tænker. Den kombination er sjælden,” siger talspersonen.

Virksomheden vil derfor også oplære udviklere fra egne rækker til opgaven.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Trifork', 'Sårbarheder', 'Rekruttering'],
    hoursAgo: 3450,
  },

  // ---------------------------------------------------------------- Cloud
  {
    slug: 'kmd-tilbyder-kommunerne-exitplan-fra-cloud',
    section: 'cloud',
    title: 'KMD tilbyder kommunerne en exitplan i nye cloudkontrakter',
    lead: 'Kommunerne skal kunne få deres data med sig i et brugbart format, hvis de vil skifte leverandør eller platform. KMD skriver det ind i nye aftaler.',
    body: `KMD vil fremover skrive en exitplan ind i nye kontrakter om cloudbaserede løsninger til kommunerne. Planen skal beskrive, hvordan kommunen kan få sine data udleveret i et format, der kan bruges i andre systemer, og hvor lang tid det må tage. Det oplyser virksomheden til Spalte.

Initiativet kommer efter, at flere kommuner i forbindelse med debatten om digital suverænitet har efterlyst garantier for, at de ikke bliver låst fast til én leverandør eller én cloudplatform.

”Kommunerne skal vælge os, fordi vi leverer gode løsninger, ikke fordi det er for besværligt at komme væk. En klar exitplan er en del af at være en ordentlig leverandør,” siger en talsperson for KMD.

## Test af udlevering

Ifølge KMD skal exitplanen også omfatte en årlig test, hvor en del af kommunens data bliver trukket ud og kontrolleret. Det skal sikre, at planen ikke kun findes på papir.

En it-arkitekt i en nordjysk kommune kalder initiativet positivt.

”Det er noget, vi har stillet krav om i vores udbud i et par år. Det er godt, at leverandørerne selv begynder at komme med det,” siger han.

## Gælder nye aftaler

Exitplanerne bliver en del af nye aftaler og af aftaler, der genforhandles. Kommuner med eksisterende aftaler kan ifølge KMD bede om at få en plan udarbejdet.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['KMD', 'Digital suverænitet', 'Cloud', 'Kommuner'],
    related: [
      'kmd-flytter-kommunale-loesninger-til-danske-datacentre',
      'kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud',
    ],
    image: 'cloud',
    hoursAgo: 75,
  },
  {
    slug: 'microsoft-udvider-den-danske-cloudregion-med-ai-tjenester',
    section: 'cloud',
    title: 'Microsoft udvider den danske cloudregion med AI-tjenester',
    lead: 'Kunder i den danske region kan nu bruge flere af Microsofts AI-tjenester, uden at data forlader landet. Enkelte tjenester mangler dog stadig.',
    body: `Microsoft har gjort en række af sine AI-tjenester tilgængelige i den danske cloudregion. Det bekræfter en talsperson for Microsoft Danmark over for Spalte.

Det betyder, at danske kunder nu kan bruge blandt andet sprogmodeller og tjenester til dokumentanalyse, uden at data bliver behandlet i datacentre uden for Danmark.

”Det har været et af de hyppigste ønsker fra kunderne, især fra den offentlige sektor og fra finanssektoren. Mange har ventet med at tage AI i brug, fordi de havde krav om, at data skulle blive i Danmark,” siger talspersonen.

## Ikke alt er med

Ifølge Microsoft er det endnu ikke alle AI-tjenester, der kan køre i den danske region. Nogle af de nyeste modeller vil først blive gjort tilgængelige senere.

En cloudrådgiver, som Spalte har talt med, opfordrer kunderne til at kontrollere, hvilke tjenester der faktisk kører i regionen.

”Det er vigtigt at se på hver enkelt tjeneste. Nogle gange kører selve tjenesten i Danmark, mens overvågning eller support foregår andre steder,” siger han.

::related{slug="microsofts-danske-datacentre-tager-foerste-kunder-ind" label="Læs også"}

## Kapacitet er en udfordring

AI-tjenester kræver meget regnekraft, og Microsoft har ikke oplyst, hvor meget kapacitet der er afsat til dem i den danske region. Flere kunder har over for Spalte oplyst, at de har fået at vide, at der kan være ventetid på de største modeller.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Microsoft', 'Kunstig intelligens', 'Datacentre'],
    related: ['microsofts-danske-datacentre-tager-foerste-kunder-ind'],
    image: 'cloud',
    hoursAgo: 190,
  },
  {
    slug: 'foerste-kommune-tager-formpipes-cloudloesning-i-brug',
    section: 'cloud',
    title: 'Første kommune tager Formpipes cloudløsning i brug',
    lead: 'En midtjysk kommune er den første, der har flyttet sin sags- og dokumenthåndtering til Formpipes nye cloududgave. Data ligger i Danmark.',
    body: `En midtjysk kommune er som den første i Danmark gået i drift med cloududgaven af Formpipes løsning til sags- og dokumenthåndtering. Det oplyser Formpipe til Spalte.

Kommunen har hidtil drevet løsningen på egne servere. Med flytningen overtager Formpipe ansvaret for drift, opdateringer og sikkerhedskopiering, mens kommunens egne medarbejdere fortsat står for opsætning og support til brugerne.

”Vi har ikke mange driftsfolk, og de skal bruge deres tid på det, der giver mest værdi for kommunen. Opgradering af servere til sagssystemet er ikke det,” siger kommunens it-chef.

::related{slug="formpipe-lancerer-cloududgave-til-offentlige-kunder" label="Læs også"}

## Flytningen tog tre måneder

Ifølge kommunens it-chef tog selve flytningen omkring tre måneder, hvoraf den største del gik med at rydde op i gamle data og rettigheder.

”Vi fandt sager og dokumenttyper, som ingen havde brugt i mange år. Det var en god anledning til at få ryddet op,” siger hun.

## Flere på vej

En talsperson for Formpipe oplyser, at flere kommuner og statslige myndigheder er i gang med at forberede en flytning. Kunderne kan vælge, at data udelukkende skal opbevares i Danmark.`,
    authors: ['rasmus-holm-thygesen', 'sofie-brandt-nielsen'],
    tags: ['Formpipe', 'Cloud', 'Kommuner'],
    related: ['formpipe-lancerer-cloududgave-til-offentlige-kunder'],
    hoursAgo: 350,
  },
  {
    slug: 'nordstjerne-forsikring-skaerer-en-femtedel-af-cloudregningen',
    section: 'cloud',
    title: 'Nordstjerne Forsikring skærer en femtedel af cloudregningen',
    lead: 'Et lille team med fokus på cloudøkonomi har på et år fundet besparelser for 14 millioner kroner. Det største fund var testmiljøer, som ingen brugte.',
    body: `Nordstjerne Forsikring har reduceret sine udgifter til cloudtjenester med 21 procent på et år. Det svarer til omkring 14 millioner kroner, oplyser selskabet til Spalte.

Besparelsen er resultatet af et arbejde, som et nyt FinOps-team på fire personer har stået for. Teamet blev oprettet, efter at cloudregningen to år i træk var steget mere end budgetteret.

”Vi havde ikke et problem med, at cloud var dyrt. Vi havde et problem med, at ingen havde overblik over, hvad vi betalte for,” siger Tobias Lerche, der leder teamet.

## Gennemsigtighed frem for forbud

Teamets første opgave var at sørge for, at alle ressourcer i selskabets cloudmiljøer blev mærket med, hvilket team og hvilket projekt de tilhørte. Derefter fik hvert team en månedlig opgørelse over sit forbrug.

”Vi har ikke forbudt noget. Men når et team kan se, at et testmiljø koster 40.000 kroner om måneden, sker der ofte noget af sig selv,” siger Tobias Lerche.

## Her kom besparelserne fra

Ifølge Nordstjerne Forsikring kom besparelserne primært fra:

- test- og udviklingsmiljøer, der nu slukkes automatisk uden for arbejdstid
- virtuelle maskiner, der var større end nødvendigt
- aftaler om fast forbrug på de mest stabile systemer

Selskabet forventer at kunne hente yderligere besparelser, når en række ældre systemer bliver udfaset i de kommende år.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['FinOps', 'Cloud', 'Finanssektoren'],
    related: ['cloudregningen-overrasker-danske-it-chefer'],
    hoursAgo: 500,
  },
  {
    slug: 'nyt-datacenter-ved-aabenraa-skal-varme-3000-boliger-op',
    section: 'cloud',
    title: 'Nyt datacenter ved Aabenraa skal varme 3.000 boliger op',
    lead: 'Et dansk-tysk selskab vil bygge et datacenter i Sønderjylland, hvor overskudsvarmen sendes direkte ud i fjernvarmenettet. Byggeriet begynder til sommer.',
    body: `Selskabet Grænseland Datacenter A/S har fået tilladelse til at bygge et nyt datacenter ved Aabenraa. Det oplyser selskabet til Spalte. Datacentret skal have en kapacitet på 24 megawatt og forventes at stå klar om to år.

En del af aftalen med kommunen og det lokale fjernvarmeselskab er, at overskudsvarmen fra datacentret skal sendes ud i fjernvarmenettet. Ifølge selskabet svarer varmen til forbruget i omkring 3.000 boliger.

”Det giver ikke mening at bygge et datacenter i dag uden at tænke på, hvad man gør med varmen. Her har vi en varmekunde lige ved siden af,” siger direktør i Grænseland Datacenter, Jakob Thiesen.

## Kunder i både Danmark og Tyskland

Datacentret skal levere kapacitet til både danske og nordtyske kunder. Ifølge Jakob Thiesen er beliggenheden tæt på grænsen og på store fiberforbindelser en af grundene til, at valget faldt på Aabenraa.

## Strømmen er en udfordring

Datacentre bruger store mængder strøm, og flere steder i landet er det blevet vanskeligt at få den nødvendige tilslutning til elnettet. Ifølge selskabet er der indgået en aftale om tilslutning, men den fulde kapacitet vil først være tilgængelig i en senere etape.

Et lokalt borgerforeningsmedlem, som Spalte har talt med, er positiv over for projektet, men efterlyser mere information om støj fra kølingsanlæggene.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Datacentre', 'Cloud'],
    related: ['microsofts-danske-datacentre-tager-foerste-kunder-ind'],
    image: 'serverrum',
    hoursAgo: 710,
  },
  {
    slug: 'netcompany-aabner-for-drift-i-danske-datacentre-til-offentlige-kunder',
    section: 'cloud',
    title: 'Netcompany tilbyder drift i danske datacentre til offentlige kunder',
    lead: 'Offentlige kunder kan nu få deres løsninger driftet i datacentre i Danmark af danske medarbejdere. Efterspørgslen kommer især fra staten.',
    body: `Netcompany har lanceret en driftsløsning, hvor offentlige kunder kan få deres systemer driftet i datacentre i Danmark, og hvor driften udelukkende varetages af medarbejdere i Danmark. Det oplyser en talsperson for virksomheden til Spalte.

Løsningen er ifølge talspersonen målrettet myndigheder, der håndterer særligt følsomme data, og som har krav om, at hverken data eller adgang til systemerne må ligge uden for landets grænser.

”Vi oplever, at flere og flere offentlige kunder spørger meget konkret ind til, hvor data ligger, og hvem der kan få adgang til dem. De spørgsmål skal man kunne svare klart på,” siger talspersonen.

## Bygger på åbne standarder

Ifølge Netcompany bygger løsningen på åbne standarder og open source-komponenter, så kunderne har mulighed for at flytte deres løsninger, hvis de senere ønsker det.

En it-chef i en statslig styrelse, som Spalte har talt med, ser positivt på, at flere leverandører tilbyder dansk drift.

”Det er godt, at der kommer flere muligheder. Det giver konkurrence og gør det lettere at stille krav i vores udbud,” siger han.

## En del af en bredere tendens

Netcompany er ikke den eneste leverandør, der har lanceret løsninger med fokus på dansk drift. Også flere hostingvirksomheder og andre it-leverandører har det seneste år lanceret lignende tilbud.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Netcompany', 'Datacentre', 'Digital suverænitet'],
    related: ['danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud'],
    hoursAgo: 960,
  },
  {
    slug: 'atea-ser-flere-kunder-flytte-tilbage-fra-public-cloud',
    section: 'cloud',
    title: 'Atea ser flere kunder flytte systemer tilbage fra public cloud',
    lead: 'Ikke alt hører hjemme i de store offentlige skyer, lyder det fra Atea. Især systemer med et stabilt forbrug flyttes tilbage til egne eller lejede servere.',
    body: `Flere danske virksomheder vælger at flytte udvalgte systemer tilbage fra public cloud til egne servere eller til et lokalt datacenter. Det fortæller en talsperson for Atea til Spalte.

Ifølge Atea handler det typisk om systemer, der har et stabilt og forudsigeligt forbrug, og hvor prisen i public cloud over tid har vist sig at være højere end forventet.

”Det er ikke et opgør med cloud. Det er et udtryk for, at kunderne er blevet mere modne og ser på hvert enkelt system for sig. Nogle ting passer perfekt i public cloud, andre gør ikke,” siger talspersonen.

## Hybride løsninger vinder frem

De fleste af de kunder, Atea rådgiver, ender ifølge talspersonen med en hybrid løsning, hvor nogle systemer kører i public cloud, mens andre kører i private miljøer.

En it-driftschef i en større dansk grossistvirksomhed, som Spalte har talt med, har flyttet virksomhedens lagerstyringssystem tilbage til et lokalt datacenter.

”Systemet kører døgnet rundt med samme belastning. Der var ingen gevinst ved at betale for fleksibilitet, vi aldrig brugte,” siger han.

## Kræver gode beregninger

Ifølge Atea er det vigtigt, at virksomhederne regner hele omkostningen med, når de sammenligner. Det gælder blandt andet udgifter til drift, sikkerhed og medarbejdere, som ofte bliver glemt.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Atea', 'Cloud', 'It-drift'],
    related: ['cloudregningen-overrasker-danske-it-chefer'],
    hoursAgo: 1320,
  },
  {
    slug: 'nedbrud-hos-cloududbyder-lammede-kassesystemer-i-400-butikker',
    section: 'cloud',
    title: 'Nedbrud hos cloududbyder lammede kassesystemer i 400 butikker',
    lead: 'En fejlbehæftet opdatering hos Kassesky ApS betød, at butikker over hele landet i flere timer ikke kunne tage imod betaling med kort.',
    body: `Omkring 400 butikker, caféer og frisører over hele landet kunne lørdag formiddag ikke tage imod kortbetalinger, efter at kassesystemet Kassesky blev ramt af et nedbrud. Det bekræfter leverandøren, Kassesky ApS, over for Spalte.

Nedbruddet varede i omkring fire timer og skyldtes ifølge selskabet en opdatering, der blev sendt ud til alle kunder på én gang.

”Opdateringen havde en fejl, som betød, at kasserne ikke kunne få forbindelse til betalingsterminalerne. Vi skulle have rullet den ud gradvist, og det gør vi fremover,” siger Kassesky ApS’ direktør, Martin Holck.

## Kunder blev sendt væk

Flere butiksejere fortæller til Spalte, at de måtte sende kunder væk eller bede dem betale med MobilePay til en privat konto.

”Det var vores travleste dag på ugen. Vi skrev priserne ned på papir og håbede på det bedste,” siger indehaveren af en tøjbutik i Randers.

## Afhængighed af én leverandør

Ifølge en rådgiver inden for detailhandel, som Spalte har talt med, viser sagen, hvor sårbare mindre butikker er, når hele forretningen afhænger af én cloudbaseret løsning.

”Mange mindre butikker har ikke en nødplan. Det behøver ikke være kompliceret, men man skal have tænkt over, hvad man gør, hvis kassen ikke virker,” siger hun.

Kassesky oplyser, at berørte kunder vil få en måneds abonnement refunderet.

*Opdateret: Artiklen er opdateret med oplysningen om kompensation til kunderne.*`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Nedbrud', 'Cloud'],
    related: ['nedbrud-hos-hostingselskab-sendte-webshops-offline'],
    image: 'serverrum',
    hoursAgo: 1720,
    updatedHoursAgo: 1716,
  },
  {
    slug: 'kommuner-tester-open-source-kontorpakke-paa-600-arbejdspladser',
    section: 'cloud',
    title: 'Tre sønderjyske kommuner tester open source-kontorpakke på 600 arbejdspladser',
    lead: 'I et halvt år skal udvalgte medarbejdere skrive, regne og holde møder i open source-programmer. Forsøget skal vise, om det er realistisk at skifte.',
    body: `Tre sønderjyske kommuner går sammen om et forsøg, hvor omkring 600 medarbejdere i et halvt år skal bruge en kontorpakke baseret på open source i stedet for de programmer, de plejer at bruge. Det oplyser kommunerne til Spalte.

Forsøget omfatter medarbejdere i administrationen og i borgerservice, som primært bruger tekstbehandling, regneark, e-mail og kalender.

”Vi taler meget om at blive mindre afhængige af enkelte leverandører. Men vi ved for lidt om, hvad det reelt kræver. Det vil vi gerne finde ud af i praksis,” siger en digitaliseringschef i en af kommunerne.

## Integrationer er den store udfordring

Ifølge kommunerne er den største udfordring ikke selve kontorprogrammerne, men de mange integrationer til fagsystemer, der er bygget til at arbejde sammen med bestemte programmer.

”Medarbejderne kan sagtens skrive et brev i et andet program. Men hvis brevet skal flettes med data fra et fagsystem og journaliseres automatisk, bliver det straks mere kompliceret,” siger digitaliseringschefen.

## Evaluering efter sommer

Forsøget bliver fulgt af en ekstern evaluator, som skal se på både brugertilfredshed, tidsforbrug og økonomi. Resultaterne forventes at blive offentliggjort efter sommerferien.

KL følger forsøget tæt, oplyser en talsperson for organisationen.`,
    authors: ['rasmus-holm-thygesen', 'sofie-brandt-nielsen'],
    tags: ['Open source', 'Kommuner', 'Digital suverænitet'],
    related: ['kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud'],
    image: 'cloud',
    hoursAgo: 2500,
  },
  {
    slug: 'trifork-flytter-sundhedsplatform-til-europaeisk-cloud',
    section: 'cloud',
    title: 'Trifork flytter sundhedsplatform til europæisk cloud',
    lead: 'Platformen, der bruges til telemedicin og hjemmemonitorering, skal fremover køre hos en europæisk cloududbyder. Det skal gøre det lettere at sælge til hospitaler i flere lande.',
    body: `Trifork flytter en af sine platforme til sundhedsområdet til en europæisk cloududbyder. Det oplyser en talsperson for virksomheden til Spalte.

Platformen bruges blandt andet til telemedicinske løsninger, hvor patienter kan måle blodtryk, iltmætning og vægt derhjemme og sende målingerne til hospitalet eller kommunen.

”Sundhedsdata er nogle af de mest følsomme data, der findes, og vores kunder stiller høje krav til, hvor de opbevares. Med en europæisk udbyder kan vi give et klart svar,” siger talspersonen.

## Flere lande i sigte

Ifølge Trifork skal flytningen også gøre det lettere at sælge platformen til hospitaler og sundhedsmyndigheder i andre europæiske lande, hvor kravene til placering af data varierer.

Flytningen gennemføres i løbet af det kommende år. Ifølge talspersonen vil patienter og sundhedspersonale ikke opleve ændringer undervejs.

## Efterspørgsel efter hjemmemonitorering

Telemedicin og hjemmemonitorering har de seneste år fået en større rolle i det danske sundhedsvæsen, blandt andet for patienter med kronisk sygdom. Flere regioner og kommuner har planer om at udbrede løsningerne til flere patientgrupper.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Trifork', 'Sundheds-IT', 'Cloud'],
    hoursAgo: 3600,
  },

  // ---------------------------------------------------------------- Karriere
  {
    slug: 'nyuddannede-udvikleres-loen-staar-stille',
    section: 'karriere',
    title: 'Nyuddannede udvikleres løn står stille for første gang i ti år',
    lead: 'Startlønnen for kandidater i datalogi og software er stort set uændret i forhold til sidste år. Virksomhederne er blevet mere forsigtige med at ansætte uden erfaring.',
    body: `Nyuddannede udviklere må i år nøjes med samme startløn som deres forgængere. Ifølge en opgørelse fra rekrutteringsvirksomheden Kodeklar ApS ligger den gennemsnitlige startløn for kandidater i datalogi og software på 44.200 kroner om måneden inklusive pension. Det er kun 0,4 procent mere end sidste år.

Det er første gang i ti år, at startlønnen ikke er steget mærkbart.

”I mange år har virksomhederne kæmpet om de nyuddannede. Nu er det de erfarne, de kæmper om. Mange virksomheder er blevet mere forsigtige med at ansætte folk, der skal oplæres,” siger partner i Kodeklar, Louise Friis.

## AI ændrer opgaverne

Ifølge Louise Friis spiller kunstig intelligens også en rolle. Flere virksomheder oplever, at erfarne udviklere med AI-værktøjer kan løse opgaver, som tidligere blev givet til juniorer.

”Det betyder ikke, at der ikke er brug for nyuddannede. Men de skal i højere grad vise, at de kan noget ud over det, værktøjerne kan,” siger hun.

## Stadig job til de fleste

Trods den flade lønudvikling finder de fleste nyuddannede fortsat job hurtigt. Ifølge universiteterne har omkring ni ud af ti kandidater fra it-uddannelserne fundet job inden for et halvt år efter endt uddannelse.

Louise Friis anbefaler nyuddannede at lægge vægt på projekter, praktik og studiejob, når de søger.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Løn', 'Uddannelse', 'Rekruttering'],
    related: ['it-loennen-stiger-mindre-end-forventet'],
    hoursAgo: 88,
    views: [9, 21, 33, 36, 0, 0, 0],
  },
  {
    slug: 'netcompany-aabner-akademi-for-karriereskiftere',
    section: 'karriere',
    title: 'Netcompany åbner akademi for karriereskiftere',
    lead: 'Ingeniører, økonomer og naturvidenskabelige kandidater kan nu søge ind på et betalt omskolingsforløb, der skal gøre dem til udviklere eller testere.',
    body: `Netcompany lancerer et akademi, hvor personer med en anden uddannelsesbaggrund end it kan blive omskolet til udviklere, testere eller it-konsulenter. Det oplyser en talsperson for virksomheden til Spalte.

Forløbet varer et halvt år og er lønnet. Deltagerne bliver ansat fra første dag og tilknyttes et kundeprojekt, når forløbet er gennemført.

”Der er mange dygtige mennesker med en stærk analytisk baggrund, som aldrig har overvejet en karriere i it. Vi tror, at de kan blive rigtig gode udviklere, hvis de får en ordentlig start,” siger talspersonen.

## 40 pladser i første omgang

Det første hold får plads til 40 deltagere og starter efter sommerferien. Ifølge Netcompany er målgruppen især ingeniører, økonomer og kandidater fra naturvidenskabelige uddannelser, men andre kan også søge.

Optagelsen sker på baggrund af test og samtaler, og der stilles ikke krav om forudgående erfaring med programmering.

## En del af en tendens

Flere store it-virksomheder har de seneste år oprettet lignende forløb for karriereskiftere. Ifølge en forsker i arbejdsmarkedet, som Spalte har talt med, er det en fornuftig strategi.

”Karriereskiftere har ofte en forståelse for kundernes forretning, som nyuddannede dataloger ikke har. Det kan være en stor fordel i konsulentbranchen,” siger hun.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Netcompany', 'Rekruttering', 'Uddannelse'],
    related: ['netcompany-vil-ansaette-300-nyuddannede', 'flere-arbejdsgivere-dropper-krav-om-uddannelse'],
    image: 'moede',
    hoursAgo: 215,
  },
  {
    slug: 'kmd-ansaetter-80-it-elever-og-laerlinge',
    section: 'karriere',
    title: 'KMD ansætter 80 it-elever og lærlinge',
    lead: 'It-supportere og datateknikere i lære skal være med til at løse manglen på praktisk uddannede it-folk. KMD fordobler antallet af elevpladser.',
    body: `KMD fordobler antallet af elevpladser og ansætter i år omkring 80 it-elever og lærlinge inden for it-support, datateknik og infrastruktur. Det oplyser en talsperson for virksomheden til Spalte.

Eleverne skal være en del af KMD’s drifts- og supportorganisation og vil blive fordelt mellem virksomhedens kontorer i Ballerup, Aarhus og Odense.

”Der bliver talt meget om manglen på akademikere i it. Men der er i lige så høj grad brug for folk med en praktisk uddannelse, som kan få tingene til at virke i hverdagen,” siger talspersonen.

## Mangel på praktikpladser

Erhvervsskolerne har i flere år peget på, at der mangler praktikpladser til elever på it-uddannelserne. Ifølge en uddannelsesleder på en erhvervsskole på Sjælland er det ofte svært for eleverne at finde en læreplads.

”Vi har dygtige elever, der står uden læreplads. Det er godt, når en stor virksomhed går forrest,” siger hun.

## Fast job efter endt uddannelse

Ifølge KMD er målet, at så mange elever som muligt fortsætter i virksomheden efter endt uddannelse. Eleverne får en fast mentor under hele forløbet.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['KMD', 'Uddannelse', 'Rekruttering'],
    hoursAgo: 365,
  },
  {
    slug: 'systematic-vil-have-flere-kvinder-i-udviklingsteamene',
    section: 'karriere',
    title: 'Systematic vil have flere kvinder i udviklingsteamene',
    lead: 'Softwarevirksomheden sætter et mål for andelen af kvinder blandt nyansatte udviklere og ændrer sine jobopslag. Også lederne skal på kursus.',
    body: `Systematic har sat et mål om, at mindst hver tredje nyansatte udvikler skal være en kvinde inden for tre år. Det oplyser en talsperson for virksomheden til Spalte.

I dag er omkring hver femte af virksomhedens udviklere kvinder, hvilket svarer nogenlunde til andelen af kvinder på de danske it-uddannelser.

”Vi ved, at teams med forskellige baggrunde laver bedre løsninger. Og vi har ikke råd til at gå glip af halvdelen af talentmassen,” siger talspersonen.

## Nye jobopslag og samtaler

Som en del af indsatsen har Systematic gennemgået sine jobopslag for at fjerne formuleringer, der kan afholde kvinder fra at søge. Samtidig skal alle ledere, der ansætter, gennemføre et kursus i at undgå ubevidste fordomme i ansættelsesprocessen.

Virksomheden vil også samarbejde med gymnasier og universiteter om arrangementer, hvor piger og kvindelige studerende kan møde udviklere fra virksomheden.

## Forsker: Mål skal følges op

En forsker i ligestilling på arbejdsmarkedet, som Spalte har talt med, kalder målet ambitiøst.

”Et mål er godt, fordi det gør det målbart. Men det virker kun, hvis ledelsen følger op på det, og hvis kvinderne også bliver i virksomheden og får mulighed for at blive ledere,” siger hun.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Systematic', 'Diversitet', 'Rekruttering'],
    related: ['andelen-af-kvinder-paa-it-uddannelser-staar-stille'],
    hoursAgo: 530,
  },
  {
    slug: 'formpipe-soeger-udviklere-til-nyt-team-i-koebenhavn',
    section: 'karriere',
    title: 'Formpipe søger udviklere til nyt team i København',
    lead: 'Et nyt team skal udvikle arkiverings- og sagsbehandlingsfunktioner til offentlige kunder. Formpipe vil ansætte ti udviklere og testere i løbet af året.',
    body: `Formpipe opretter et nyt udviklingsteam i København og vil ansætte omkring ti udviklere og testere i løbet af året. Det oplyser en talsperson for virksomheden til Spalte.

Teamet skal arbejde på virksomhedens løsninger til sags- og dokumenthåndtering og arkivering, som bruges af en række danske myndigheder. Det skal arbejde tæt sammen med virksomhedens udviklere i Sverige.

”Vores danske kunder har brug for, at vi forstår de danske regler og arbejdsgange til bunds. Det er lettere, når udviklerne sidder tæt på kunderne,” siger talspersonen.

## Offentlig erfaring er en fordel

Ifølge Formpipe er det en fordel, men ikke et krav, at ansøgerne har erfaring med offentlig forvaltning. Teamet søger både erfarne udviklere og nyuddannede.

”Det er et område, hvor man kan gøre en reel forskel for de medarbejdere, der hver dag bruger løsningerne til at behandle borgernes sager,” siger talspersonen.

## Flere kigger mod det offentlige

Ifølge rekrutteringsvirksomheden Kodeklar er flere udviklere begyndt at søge mod virksomheder, der arbejder med løsninger til den offentlige sektor. Det skyldes blandt andet, at stillingerne opleves som stabile, og at opgaverne har en tydelig samfundsmæssig betydning.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Formpipe', 'Rekruttering', 'Offentlig digitalisering'],
    hoursAgo: 740,
  },
  {
    slug: 'her-er-it-branchens-hoejeste-loenninger',
    section: 'karriere',
    title: 'Her er it-branchens højeste lønninger: Sikkerhedscheferne topper',
    lead: 'En informationssikkerhedschef tjener i gennemsnit 86.400 kroner om måneden. Dermed har sikkerhedsfolkene overhalet både arkitekter og dataspecialister.',
    body: `Informationssikkerhedschefer er de bedst betalte specialister i den danske it-branche. Det viser en lønanalyse fra rekrutteringsvirksomheden Kodeklar ApS baseret på oplysninger fra 2.400 it-professionelle.

En informationssikkerhedschef tjener ifølge analysen i gennemsnit 86.400 kroner om måneden inklusive pension. Dermed ligger sikkerhedscheferne over både enterprise-arkitekter og ledere af data- og AI-teams.

”Det er udbud og efterspørgsel. Med NIS2 skal mange virksomheder for første gang have en person, der står med ansvaret for sikkerheden, og der er ikke nok erfarne kandidater,” siger partner i Kodeklar, Louise Friis.

::related{slug="nis2-driver-loennen-op-for-sikkerhedsspecialister" label="Læs også"}

## Top fem

Den gennemsnitlige månedsløn inklusive pension for de fem bedst betalte specialiststillinger er ifølge analysen:

- Informationssikkerhedschef: 86.400 kroner
- Enterprise-arkitekt: 82.100 kroner
- Leder af data- og AI-team: 80.700 kroner
- Cloudarkitekt: 76.900 kroner
- Senior sikkerhedsarkitekt: 75.300 kroner

## Lederne er ikke med

Analysen omfatter ikke it-direktører og andre topledere, hvis løn ofte består af bonus og andre elementer, der gør den svær at sammenligne.

Louise Friis påpeger, at der er stor spredning inden for de enkelte stillinger, og at løn i det offentlige generelt ligger lavere end i det private.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Løn', 'NIS2', 'Rekruttering'],
    related: ['nis2-driver-loennen-op-for-sikkerhedsspecialister', 'it-loennen-stiger-mindre-end-forventet'],
    hoursAgo: 1010,
    views: [2, 3, 5, 4, 6, 8, 7],
  },
  {
    slug: 'flere-it-folk-over-60-bliver-paa-arbejdsmarkedet',
    section: 'karriere',
    title: 'Flere it-folk over 60 bliver på arbejdsmarkedet',
    lead: 'Antallet af it-professionelle over 60 år er steget med en tredjedel på fem år. Virksomhederne er begyndt at se seniorerne som en løsning på manglen på arbejdskraft.',
    body: `Der er kommet markant flere seniorer i den danske it-branche. Antallet af beskæftigede it-professionelle over 60 år er steget med 34 procent på fem år, viser en opgørelse, som Spalte har fået udarbejdet af analyseinstituttet Kvantum Analyse på baggrund af registerdata.

En del af forklaringen er den stigende folkepensionsalder, men ifølge analysen vælger flere også at blive længere på arbejdsmarkedet, fordi de kan lide deres arbejde.

”Jeg har skrevet kode, siden jeg var 17. Jeg har ikke lyst til at stoppe, men jeg har lyst til at arbejde lidt mindre,” siger en 64-årig udvikler i en forsikringsvirksomhed, der i dag arbejder 30 timer om ugen.

## Seniorordninger vinder frem

Flere virksomheder har indført seniorordninger, hvor medarbejdere over 60 kan gå ned i tid eller få særlige opgaver, for eksempel som mentorer for yngre kolleger.

”De erfarne medarbejdere kender systemerne og forretningen. Når de går, forsvinder der viden, som det tager år at genopbygge,” siger en it-chef i en dansk pensionsvirksomhed.

## Fordomme lever stadig

Samtidig oplever mange seniorer, at det er svært at få et nyt job, hvis de først har mistet det gamle. Ifølge en undersøgelse fra en af fagforeningerne har hver tredje ledig it-professionel over 55 oplevet at blive fravalgt på grund af alder.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Arbejdsmiljø', 'Rekruttering'],
    image: 'moede',
    hoursAgo: 1380,
  },
  {
    slug: 'hver-fjerde-it-konsulent-oplever-stress',
    section: 'karriere',
    title: 'Hver fjerde it-konsulent oplever stress i hverdagen',
    lead: 'Lange dage hos kunderne, mange samtidige projekter og svært ved at holde fri. It-konsulenter er markant mere stressede end andre it-professionelle.',
    body: `26 procent af de danske it-konsulenter oplever ofte eller altid stress i forbindelse med deres arbejde. Det viser en undersøgelse blandt 900 konsulenter, som Spalte har gennemført sammen med analyseinstituttet Kvantum Analyse.

Til sammenligning gælder det for 15 procent af de it-professionelle, der er ansat i en it-afdeling i en almindelig virksomhed.

”Man har ofte to eller tre kunder på samme tid, og alle synes, at deres opgave er den vigtigste. Det er svært at sige nej, når man ved, at det er timerne, der tæller,” siger en konsulent i et mellemstort konsulenthus.

## Hjemmearbejde er et tveægget sværd

Mange konsulenter i undersøgelsen peger på, at muligheden for at arbejde hjemmefra gør det lettere at få hverdagen til at hænge sammen. Men samtidig svarer mere end halvdelen, at det er blevet sværere at holde fri, fordi computeren altid er inden for rækkevidde.

## Ledelsen spiller en rolle

Ifølge en arbejdspsykolog, som Spalte har talt med, er det afgørende, at lederne i konsulenthusene tager ansvar for medarbejdernes samlede belastning.

”Det er ikke kunden, der skal holde øje med, om konsulenten har for meget at lave. Det er arbejdsgiveren. Og det kræver, at lederen rent faktisk ved, hvad medarbejderen laver,” siger hun.

Undersøgelsen viser også, at konsulenter med en fast leder, de taler med mindst hver anden uge, er mindre stressede end andre.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Arbejdsmiljø', 'Hjemmearbejde'],
    related: ['it-folk-vil-hellere-skifte-job-end-moede-ind-hver-dag'],
    hoursAgo: 1820,
  },
  {
    slug: 'udenlandske-it-specialister-venter-maaneder-paa-opholdstilladelse',
    section: 'karriere',
    title: 'Udenlandske it-specialister venter måneder på at komme i gang',
    lead: 'Lange sagsbehandlingstider betyder, at danske virksomheder mister kandidater til andre lande. Især mindre softwarevirksomheder mærker problemet.',
    body: `Danske it-virksomheder, der vil ansætte specialister fra lande uden for EU, må ofte vente i flere måneder, før medarbejderen kan begynde. Det fortæller flere virksomheder til Spalte.

Hos softwarevirksomheden Brovej Software ApS i København har man det seneste år mistet tre kandidater, som valgte et job i et andet land, mens de ventede på en afgørelse.

”Vi havde fundet de helt rigtige folk. Men når der går fire måneder, og en virksomhed i Holland kan have dem i gang på seks uger, er det svært at holde på dem,” siger udviklingschef i Brovej Software, Rikke Hald.

## Store virksomheder har en fordel

De største virksomheder kan gøre brug af en ordning, hvor sagerne behandles hurtigere. Men mindre virksomheder har sjældent mulighed for det, og de oplever derfor de længste ventetider.

En talsperson for brancheforeningen IT-Branchen siger, at problemet har været kendt længe.

”Vi har brug for den udenlandske arbejdskraft, hvis virksomhederne skal kunne vokse. Det skal være lettere og hurtigere, også for de små,” siger talspersonen.

## Familierne skal også med

Ifølge Rikke Hald handler det ikke kun om selve opholdstilladelsen. Mange kandidater har familie, og det skal også være muligt for ægtefællen at finde job og for børnene at komme i skole.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Rekruttering', 'Udenlandsk arbejdskraft'],
    related: ['softwareeksporten-slaar-rekord'],
    hoursAgo: 2650,
  },
  {
    slug: 'kommunale-it-folk-faar-loenloeft-efter-ny-aftale',
    section: 'karriere',
    title: 'Kommunale it-folk får lønløft efter ny aftale',
    lead: 'En ny lokal lønaftale i flere kommuner skal gøre det lettere at holde på it-specialisterne. Lønforskellen til det private er for stor, mener it-cheferne.',
    body: `Flere kommuner har indgået lokale aftaler, der giver it-medarbejdere med særlige kompetencer et tillæg til lønnen. Det viser en rundspørge, som Spalte har foretaget blandt kommunale it-chefer.

Af de 41 kommuner, der har svaret, har 17 indført eller udvidet tillæg til medarbejdere inden for it-sikkerhed, arkitektur og data. Tillæggene ligger typisk mellem 2.000 og 6.000 kroner om måneden.

”Vi uddanner folk, og så bliver de headhuntet af en privat virksomhed, der kan betale 15.000 kroner mere om måneden. Vi kan ikke matche det, men vi kan gøre forskellen mindre,” siger it-chefen i en østjysk kommune.

## Meningsfuldt arbejde tæller

Flere it-chefer peger dog på, at løn ikke er det eneste, der holder på medarbejderne. Muligheden for at arbejde med opgaver, der gør en forskel for borgerne, og gode vilkår for at balancere arbejds- og familieliv nævnes af mange som lige så vigtige.

”Vores medarbejdere ved, at det, de laver, betyder noget for borgerne. Det er en stærk motivation,” siger it-chefen.

## Sikkerhed er sværest

Ifølge rundspørgen er det især medarbejdere med kompetencer inden for it-sikkerhed, kommunerne har svært ved at rekruttere og fastholde. Flere kommuner oplyser, at de har haft stillinger slået op flere gange uden at finde kvalificerede ansøgere.`,
    authors: ['anders-moerk-jakobsen', 'sofie-brandt-nielsen'],
    tags: ['Løn', 'Kommuner', 'Rekruttering'],
    related: ['nis2-driver-loennen-op-for-sikkerhedsspecialister'],
    hoursAgo: 3800,
  },

  // ---------------------------------------------------------------- Offentlig IT
  {
    slug: 'skatteforvaltningen-har-faaet-240-spoergsmaal-til-stort-it-udbud',
    section: 'offentlig-it',
    title: 'Skatteforvaltningen har fået 240 spørgsmål til stort it-udbud',
    lead: 'Leverandørerne har travlt med at læse udbudsmaterialet til Skatteforvaltningens milliardudbud. Især opdelingen i fire delaftaler giver anledning til spørgsmål.',
    body: `Skatteforvaltningen har modtaget omkring 240 spørgsmål fra leverandører til sit store udbud om udvikling og vedligehold af systemer til personbeskatning. Det oplyser Skatteforvaltningen til Spalte.

Udbuddet har en samlet anslået værdi på op til 1,2 milliarder kroner over otte år og er delt op i fire delaftaler, hvoraf den enkelte leverandør højst kan vinde to.

”Det er et højt antal spørgsmål, men det er også et stort og komplekst udbud. Vi ser det som et tegn på, at der er reel interesse fra markedet,” siger en kontorchef i Skatteforvaltningen.

::related{slug="skatteforvaltningen-sender-stort-it-udbud-paa-gaden" label="Læs også"}

## Grænsefladerne fylder

Ifølge Skatteforvaltningen handler en stor del af spørgsmålene om grænsefladerne mellem de fire delaftaler, og om hvordan ansvaret fordeles, hvis en fejl involverer systemer fra flere leverandører.

En udbudsrådgiver, som Spalte har talt med, mener, at det er et naturligt fokus.

”Når man deler et udbud op for at skabe konkurrence, skal man også have styr på, hvem der har ansvaret, når tingene skal spille sammen. Det er dér, de store projekter typisk går galt,” siger han.

## Informationsmøde for leverandører

Skatteforvaltningen afholdt i sidste uge et informationsmøde, hvor 31 virksomheder deltog. Svarene på spørgsmålene bliver offentliggjort løbende på udbudsportalen.

Fristen for at afgive tilbud er uændret.`,
    authors: ['line-vestergaard'],
    tags: ['SKAT', 'Udbud', 'Offentlig digitalisering'],
    related: ['skatteforvaltningen-sender-stort-it-udbud-paa-gaden'],
    image: 'offentlig-it',
    hoursAgo: 96,
    views: [5, 8, 12, 18, 23, 0, 0],
  },
  {
    slug: 'netcompany-vinder-udbud-paa-fyn-om-faelles-borgerportal',
    section: 'offentlig-it',
    title: 'Netcompany vinder udbud på Fyn om fælles borgerportal',
    lead: 'Otte fynske kommuner får en fælles portal, hvor borgerne kan søge om ydelser og følge deres sager. Kontrakten løber over fem år.',
    body: `Netcompany har vundet et fælles udbud fra otte fynske kommuner om en ny digital borgerportal. Det fremgår af en meddelelse om kontrakttildeling, som kommunerne har offentliggjort.

Portalen skal samle en række selvbetjeningsløsninger, som i dag er spredt ud over flere systemer, og give borgerne mulighed for at følge deres sager på tværs af forvaltninger.

”Borgerne skal ikke kunne mærke, om deres sag ligger i den ene eller den anden forvaltning. De skal have ét sted, hvor de kan se, hvad der sker,” siger en digitaliseringschef i en af de deltagende kommuner.

## Fem år med mulighed for forlængelse

Kontrakten har en værdi af 64 millioner kroner over fem år med mulighed for forlængelse i yderligere to år. Fire leverandører afgav tilbud.

En talsperson for Netcompany bekræfter over for Spalte, at virksomheden har vundet kontrakten, og oplyser, at arbejdet går i gang efter udløbet af standstill-perioden.

## Fælles udbud vinder frem

Det fynske udbud er et af flere eksempler på, at kommuner går sammen om større it-indkøb. Ifølge kommunerne giver det bedre priser og gør det lettere at dele erfaringer.

”Vi er ikke store nok hver for sig til at stille de krav, vi gerne vil. Sammen er vi en kunde, leverandørerne tager alvorligt,” siger digitaliseringschefen.

Portalen forventes at gå i drift i de første kommuner i løbet af næste år.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Netcompany', 'Udbud', 'Kommuner'],
    related: ['netcompany-vinder-kontrakt-om-ny-tilskudsplatform'],
    image: 'offentlig-it',
    hoursAgo: 240,
    views: [4, 6, 7, 10, 13, 18, 26],
  },
  {
    slug: 'tre-kommuner-tester-ai-assistent-fra-kmd-i-jobcentrene',
    section: 'offentlig-it',
    title: 'Tre kommuner tester AI-assistent fra KMD i jobcentrene',
    lead: 'Sagsbehandlerne skal have hjælp til at opsummere sager og forberede samtaler med ledige. Det er medarbejderen, der træffer alle afgørelser.',
    body: `Tre kommuner er gået i gang med at teste en AI-assistent fra KMD i deres jobcentre. Assistenten skal hjælpe sagsbehandlerne med at opsummere lange sagsforløb og forberede samtaler med borgerne. Det oplyser KMD til Spalte.

Forsøget løber i et halvt år og omfatter omkring 120 sagsbehandlere.

”Sagsbehandlerne bruger meget tid på at læse op på sager, før de skal tale med en borger. Hvis vi kan frigøre noget af den tid, kan den bruges på selve samtalen,” siger en talsperson for KMD.

## Klare grænser

Ifølge KMD er assistenten udviklet i overensstemmelse med den fælles vejledning om generativ AI i kommunerne. Den må ikke træffe afgørelser eller komme med anbefalinger om, hvad der skal ske i en sag.

En jobcenterchef i en af forsøgskommunerne understreger, at det altid er medarbejderen, der har ansvaret.

”Assistenten er et værktøj til at skabe overblik. Det er stadig sagsbehandleren, der kender borgeren og træffer beslutningerne,” siger hun.

## Borgerne bliver informeret

Borgere, hvis sager indgår i forsøget, bliver informeret om, at der er brugt AI til at opsummere deres sag. Forsøget bliver evalueret af en ekstern konsulent, som blandt andet skal se på kvaliteten af opsummeringerne og på tidsforbruget.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['KMD', 'Kunstig intelligens', 'Kommuner'],
    related: ['digitaliseringsstyrelsen-udgiver-ai-vejledning-til-kommuner'],
    hoursAgo: 400,
  },
  {
    slug: 'koebenhavns-kommune-vil-udfase-200-it-systemer',
    section: 'offentlig-it',
    title: 'Københavns Kommune vil udfase 200 it-systemer inden 2030',
    lead: 'Landets største kommune har omkring 1.100 it-systemer. Nu skal antallet ned, og flere forvaltninger skal dele løsninger i stedet for at have hver sin.',
    body: `Københavns Kommune vil reducere antallet af it-systemer markant. Målet er at udfase omkring 200 systemer inden 2030, fremgår det af en ny it-strategi, som Økonomiudvalget har behandlet.

Kommunen har i dag omkring 1.100 forskellige it-systemer, fordelt på syv forvaltninger. En del af systemerne løser de samme opgaver i forskellige forvaltninger.

”Vi har mange systemer, der gør næsten det samme. Det koster penge i licenser og drift, og det gør det sværere at holde sikkerheden i orden,” siger en direktør i kommunens økonomiforvaltning.

## Fælles løsninger

Strategien lægger op til, at forvaltningerne i højere grad skal bruge fælles løsninger til eksempelvis booking, sagsbehandling og selvbetjening. Nye systemer skal fremover godkendes centralt.

Ifølge strategien vil udfasningen også gøre det lettere for kommunen at leve op til kravene i NIS2 og at håndtere teknisk gæld.

## Medarbejderne skal med

En tillidsrepræsentant i en af forvaltningerne siger til Spalte, at medarbejderne er positive, men bekymrede for, om fælles løsninger kan rumme de forskellige behov.

”Det giver god mening at rydde op. Men en skole og en jobcenterafdeling har ikke nødvendigvis de samme behov, selvom de begge skal booke lokaler,” siger hun.

Strategien skal endeligt vedtages af Borgerrepræsentationen.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Kommuner', 'Teknisk gæld', 'Offentlig digitalisering'],
    related: ['teknisk-gaeld-koster-danske-virksomheder-dyrt'],
    image: 'offentlig-it',
    hoursAgo: 560,
    views: [3, 2, 4, 3, 5, 4, 6],
  },
  {
    slug: 'faelleskommunalt-pladsanvisningsprojekt-skrottes',
    section: 'offentlig-it',
    title: 'Fælles it-system til pladsanvisning skrottes efter fire år',
    lead: 'Tolv kommuner har brugt 43 millioner kroner på et fælles system til pladsanvisning i dagtilbud. Nu lukkes projektet, før systemet er taget i brug.',
    body: `Et fælles it-projekt, hvor tolv kommuner i Midt- og Vestjylland siden 2022 har arbejdet på et nyt system til pladsanvisning i dagtilbud, bliver lukket. Det har styregruppen for projektet Pladsportalen besluttet.

Projektet har indtil videre kostet omkring 43 millioner kroner, og systemet er endnu ikke taget i brug i nogen af kommunerne.

”Vi har måttet erkende, at projektet ikke kan leveres inden for en økonomi og en tidsplan, som vi kan forsvare. Derfor er det den rigtige beslutning at stoppe nu,” siger formand for styregruppen, Birgitte Lund Mortensen.

## Kravene voksede

Ifølge en intern evaluering, som Spalte har fået aktindsigt i, skyldes problemerne blandt andet, at kommunerne havde meget forskellige regler og arbejdsgange, som alle skulle indbygges i systemet.

Evalueringen peger også på, at projektet manglede en fælles beslutningskraft, når der skulle vælges mellem forskellige løsninger.

”Når tolv kommuner skal være enige om alt, bliver det let til et system, der skal kunne tolv forskellige ting,” står der i evalueringen.

## Tilbage til de gamle systemer

Kommunerne fortsætter indtil videre med deres nuværende løsninger. Flere af dem overvejer at købe en standardløsning på markedet i stedet.

Leverandøren, Datavæv Nord ApS, har ikke ønsket at kommentere sagen.

*Opdateret: Artiklen er opdateret med oplysningen om, at leverandøren ikke ønsker at kommentere sagen.*`,
    authors: ['sofie-brandt-nielsen', 'line-vestergaard'],
    tags: ['It-projekter', 'Kommuner'],
    related: ['rigsrevisionen-kritiserer-forsinket-ydelsessystem'],
    image: 'offentlig-it',
    hoursAgo: 780,
    updatedHoursAgo: 772,
  },
  {
    slug: 'region-sjaelland-vaelger-formpipe-til-ny-arkivloesning',
    section: 'offentlig-it',
    title: 'Region Sjælland vælger Formpipe til ny arkivløsning',
    lead: 'Regionens dokumenter skal fremover arkiveres og afleveres til Rigsarkivet gennem én fælles løsning. Kontrakten løber over seks år.',
    body: `Region Sjælland har valgt Formpipe som leverandør af en ny løsning til arkivering af regionens dokumenter og data. Det oplyser regionen i en meddelelse om kontrakttildeling.

Løsningen skal samle regionens arkivering i ét system og gøre det lettere at aflevere data til Rigsarkivet, som offentlige myndigheder er forpligtet til.

”I dag arkiverer vi data fra mange forskellige systemer på mange forskellige måder. Det er både tidskrævende og sårbart. Med én løsning får vi et samlet overblik,” siger en afdelingschef i regionens it-organisation.

## Sletning er en del af opgaven

Ud over arkivering skal løsningen hjælpe regionen med at slette data, når de ikke længere må opbevares. Ifølge regionen har det været et vigtigt krav i udbuddet.

En talsperson for Formpipe bekræfter over for Spalte, at virksomheden har vundet kontrakten.

”Arkivering og sletning er to sider af samme sag. Man skal både kunne bevare det, der skal bevares, og slette det, der ikke længere må gemmes,” siger talspersonen.

## Seks år

Kontrakten har en værdi af 22 millioner kroner over seks år. Løsningen forventes at være i drift om et år.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Formpipe', 'Regioner', 'Udbud'],
    hoursAgo: 1080,
  },
  {
    slug: 'regioner-vaelger-systematic-til-ny-sundhedsplatform',
    section: 'offentlig-it',
    title: 'To regioner går sammen om ny løsning til akutområdet – Systematic leverer',
    lead: 'Ambulancer, akutmodtagelser og vagtcentraler skal dele oplysninger om patienterne i én løsning. Systematic har vundet opgaven.',
    body: `To regioner har i fællesskab valgt Systematic som leverandør af en ny løsning, der skal samle oplysninger om akutte patienter fra ambulancen til akutmodtagelsen. Det oplyser regionerne i en fælles meddelelse.

Løsningen skal gøre det muligt for personalet i akutmodtagelsen at se målinger og observationer fra ambulancen, før patienten ankommer, og for vagtcentralen at følge, hvor ambulancerne befinder sig.

”Minutterne tæller, når en patient er alvorligt syg. Jo mere vi ved, før patienten kommer ind ad døren, jo bedre kan vi forberede os,” siger en overlæge og klinisk it-ansvarlig i en af regionerne.

## Erstatter flere systemer

Den nye løsning skal afløse flere ældre systemer, der i dag kun i begrænset omfang kan udveksle data. Ifølge regionerne betyder det, at oplysninger i dag ofte bliver givet mundtligt over telefonen.

En talsperson for Systematic bekræfter, at virksomheden har vundet kontrakten, og siger, at den bygger videre på virksomhedens erfaringer med at dele information i situationer, hvor der skal handles hurtigt.

## Gradvis udrulning

Løsningen bliver rullet ud gradvist, begyndende med en enkelt akutmodtagelse. Kontraktens værdi er ikke oplyst.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Systematic', 'Regioner', 'Sundheds-IT'],
    related: ['region-hovedstaden-vaelger-ny-leverandoer-til-patientapp'],
    hoursAgo: 1420,
  },
  {
    slug: 'paaroerende-faar-lettere-adgang-til-aeldres-digital-post',
    section: 'offentlig-it',
    title: 'Pårørende får lettere adgang til ældres Digital Post',
    lead: 'En ny funktion skal gøre det lettere for pårørende at hjælpe en ældre forælder med at læse post fra det offentlige. Fuldmagten kan gives i borgerservice.',
    body: `Pårørende til ældre og andre, der har svært ved at bruge Digital Post, får nu en lettere adgang til at hjælpe. Digitaliseringsstyrelsen lancerer en ny funktion, hvor en fuldmagt til at læse post kan gives direkte i borgerservice, uden at borgeren selv skal bruge MitID. Det oplyser styrelsen til Spalte.

Hidtil har det i mange tilfælde krævet, at borgeren selv loggede ind og gav fuldmagten digitalt. Det har været en barriere for netop de borgere, der har mest brug for hjælp.

”Vi har hørt fra mange pårørende, at det har været svært at hjælpe, fordi det krævede, at deres mor eller far selv kunne logge på. Det løser vi nu,” siger en kontorchef i Digitaliseringsstyrelsen.

## Begrænset adgang

Fuldmagten giver kun adgang til at læse og besvare post. Den pårørende kan ikke ændre borgerens oplysninger eller handle på borgerens vegne i andre løsninger.

Fuldmagten kan gives for en bestemt periode og kan til enhver tid tilbagekaldes.

## Ældre Sagen er positiv

En konsulent i Ældre Sagen kalder ændringen ”et skridt i den rigtige retning”.

”Mange ældre er afhængige af, at deres børn hjælper dem. Det skal være let og trygt at give den hjælp,” siger hun.

Funktionen bliver rullet ud i alle kommuner i løbet af foråret.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Digital inklusion', 'MitID', 'Offentlig digitalisering'],
    related: ['ny-hjaelp-til-borgere-der-staar-uden-for-det-digitale'],
    hoursAgo: 1900,
  },
  {
    slug: 'borgere-i-20-kommuner-kan-nu-foelge-deres-sag-digitalt',
    section: 'offentlig-it',
    title: 'Borgere i 20 kommuner kan nu følge deres sag digitalt',
    lead: 'En ny sagsoversigt viser borgerne, hvor langt deres sag er kommet, og hvornår de kan forvente svar. KMD står bag løsningen.',
    body: `Borgere i 20 kommuner kan nu logge ind og se, hvor langt deres sag om eksempelvis boligstøtte, hjælpemidler eller byggetilladelse er kommet. Løsningen er udviklet af KMD og bliver taget i brug af flere kommuner i løbet af året. Det oplyser KMD til Spalte.

Sagsoversigten henter oplysninger fra kommunernes fagsystemer og viser borgeren, hvilke trin sagen har været igennem, og hvad der mangler.

”Mange borgere ringer til kommunen for at høre, hvordan det går med deres sag. Hvis de kan se det selv, sparer det tid for både borgeren og medarbejderne,” siger en talsperson for KMD.

## Færre opkald

I en af de første kommuner, der har taget løsningen i brug, er antallet af telefonopkald om sagsstatus ifølge kommunen faldet med omkring 30 procent på et halvt år.

”Vores medarbejdere kan bruge tiden på de henvendelser, hvor der er brug for en samtale. Det er en stor gevinst,” siger borgerservicechefen i kommunen.

## Forståeligt sprog

Ifølge KMD er der lagt stor vægt på, at teksterne i oversigten er skrevet i et sprog, borgerne kan forstå. Kommunerne kan selv tilpasse teksterne til deres lokale arbejdsgange.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['KMD', 'Kommuner', 'Offentlig digitalisering'],
    image: 'offentlig-it',
    hoursAgo: 2800,
  },
  {
    slug: 'regionerne-vil-bruge-ai-til-at-sortere-henvisninger',
    section: 'offentlig-it',
    title: 'Regionerne vil bruge AI til at sortere henvisninger',
    lead: 'Kunstig intelligens skal hjælpe hospitalerne med at prioritere de mange henvisninger fra de praktiserende læger. Lægerne skal dog fortsat godkende hver eneste.',
    body: `Flere regioner undersøger muligheden for at bruge kunstig intelligens til at sortere og prioritere de henvisninger, som hospitalerne modtager fra praktiserende læger. Det oplyser Danske Regioner til Spalte.

Hvert år modtager de danske hospitaler flere millioner henvisninger. Hver henvisning skal læses af en læge, der vurderer, hvor hurtigt patienten skal ses, og hvilken afdeling der skal tage sig af patienten.

”Det er en vigtig opgave, men det er også en opgave, der tager meget lægetid. Hvis AI kan hjælpe med at sortere og fremhæve de vigtigste oplysninger, kan lægerne bruge deres tid bedre,” siger en talsperson for Danske Regioner.

## Lægen har det sidste ord

Ifølge Danske Regioner vil det altid være en læge, der træffer den endelige beslutning om prioriteringen. AI-løsningen skal alene komme med et forslag og fremhæve relevante oplysninger i henvisningen.

En overlæge, som Spalte har talt med, ser potentiale, men advarer mod at stole for meget på systemerne.

”Risikoen er, at man begynder at godkende forslagene uden at læse henvisningen ordentligt. Det skal man designe sig ud af,” siger han.

## Omfattet af AI-forordningen

Løsninger, der bruges til at prioritere patienter, vil sandsynligvis blive betragtet som højrisikosystemer efter EU’s AI-forordning. Det stiller krav til dokumentation, test og menneskelig kontrol.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Regioner', 'Kunstig intelligens', 'Sundheds-IT'],
    hoursAgo: 3980,
  },

  // ---------------------------------------------------------------- Ledelse
  {
    slug: 'kmd-vil-have-alle-udviklere-til-at-bruge-ai-assistenter',
    section: 'ledelse',
    title: 'KMD vil have alle udviklere til at bruge AI-assistenter',
    lead: 'Inden årets udgang skal alle udviklere i KMD have adgang til og være uddannet i at bruge AI-værktøjer til kodning. Målet er kortere tid fra idé til leverance.',
    body: `KMD vil give alle sine udviklere adgang til AI-assistenter, der kan hjælpe med at skrive, teste og dokumentere kode. Det oplyser en talsperson for virksomheden til Spalte. Værktøjerne skal være rullet ud til hele udviklingsorganisationen inden årets udgang.

Udrulningen sker efter et forsøg med omkring 200 udviklere, som ifølge KMD viste, at især test og dokumentation kunne laves hurtigere.

”Det handler ikke om at erstatte udviklere. Det handler om at fjerne noget af det rutinearbejde, der tager tid, så de kan bruge mere tid på de svære problemer og på dialogen med kunderne,” siger talspersonen.

## Uddannelse er en forudsætning

Alle udviklere skal gennemføre et kursus, før de får adgang til værktøjerne. Kurset handler blandt andet om, hvordan man vurderer kvaliteten af den kode, værktøjerne foreslår, og om hvilke data der må bruges.

”Man skal stadig forstå den kode, man sender i produktion. Det ansvar kan man ikke give videre til et værktøj,” siger talspersonen.

## Måling af effekten

Ifølge KMD vil virksomheden følge udviklingen tæt og blandt andet måle på tiden fra en opgave bliver oprettet, til den er leveret, og på antallet af fejl, der bliver fundet efter idriftsættelse.

Ledelsesrådgiver Signe Thorup fra Fjordlys Advisory kalder det fornuftigt at måle på konkrete resultater.

”Det er et af de få områder, hvor man faktisk kan måle gevinsten ved AI ret præcist. Det giver et godt grundlag for at beslutte, om man skal fortsætte,” siger hun.`,
    authors: ['camilla-eskildsen'],
    tags: ['KMD', 'Kunstig intelligens', 'Organisation'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai', 'kmd-samler-forretningen-i-tre-enheder'],
    hoursAgo: 110,
    views: [4, 9, 15, 20, 27, 0, 0],
  },
  {
    slug: 'netcompany-indfoerer-faelles-ai-retningslinjer-i-kundeprojekter',
    section: 'ledelse',
    title: 'Netcompany indfører fælles regler for brug af AI i kundeprojekter',
    lead: 'Alle projekter skal fremover aftale med kunden, hvornår og hvordan AI-værktøjer må bruges. Kunderne efterspørger klare svar, lyder det.',
    body: `Netcompany har indført fælles retningslinjer for, hvordan medarbejderne må bruge AI-værktøjer i kundeprojekter. Det oplyser en talsperson for virksomheden til Spalte.

Retningslinjerne betyder, at hvert projekt ved opstart skal aftale med kunden, hvilke AI-værktøjer der må bruges, til hvilke opgaver og med hvilke data.

”Vores kunder er i mange tilfælde myndigheder, der håndterer meget følsomme oplysninger. De skal vide præcis, hvad der sker med deres data, og hvem der har ansvaret for det, vi leverer,” siger talspersonen.

## Kunderne spørger

Ifølge talspersonen er retningslinjerne blandt andet kommet på baggrund af spørgsmål fra kunderne, som i stigende grad vil vide, om og hvordan leverandørerne bruger AI i udviklingen.

En it-kontorchef i en statslig styrelse, som Spalte har talt med, bekræfter, at emnet fylder i dialogen med leverandørerne.

”Vi er ikke imod, at leverandørerne bruger AI. Tværtimod. Men vi skal vide det, og vi skal kunne stole på, at vores data ikke ender et sted, hvor de ikke hører hjemme,” siger hun.

## Krav i fremtidige udbud

Flere offentlige ordregivere er begyndt at stille krav om åbenhed om brugen af AI i deres udbud. Ifølge en udbudsjurist, som Spalte har talt med, vil det sandsynligvis blive standard inden for et par år.`,
    authors: ['camilla-eskildsen', 'jesper-kildegaard'],
    tags: ['Netcompany', 'Kunstig intelligens', 'Leverandørstyring'],
    hoursAgo: 270,
  },
  {
    slug: 'ai-forordningen-tvinger-direktioner-til-at-tage-stilling',
    section: 'ledelse',
    title: 'AI-forordningen tvinger direktionerne til at tage stilling',
    lead: 'Mange virksomheder ved ikke, hvilke af deres systemer der er omfattet af EU’s nye AI-regler. Det er et ledelsesansvar at finde ud af det, mener rådgivere.',
    body: `Under halvdelen af de danske virksomheder, der bruger kunstig intelligens, har lavet en oversigt over, hvilke af deres systemer der kan være omfattet af EU’s AI-forordning. Det viser en undersøgelse blandt 180 direktører og it-chefer, som netværket Bestyrelsesforum har gennemført.

Forordningen stiller blandt andet krav om dokumentation, test og menneskelig kontrol for systemer, der bruges til at træffe beslutninger om mennesker, for eksempel i forbindelse med ansættelser eller kreditvurderinger.

”Mange tænker på AI-forordningen som et it-spørgsmål. Men det er direktionen, der skal beslutte, hvilke risici virksomheden vil løbe, og som skal stå til ansvar, hvis det går galt,” siger professionelt bestyrelsesmedlem Lene Kold.

::related{slug="it-chefer-under-pres-for-at-vise-gevinster-ved-ai" label="Læs også"}

## Indkøbte systemer tæller også

Ifølge Lene Kold er en af de største udfordringer, at mange virksomheder bruger AI i indkøbte systemer uden at vide det. Det gælder eksempelvis rekrutteringssystemer, der sorterer ansøgninger.

”Man kan ikke sige, at det er leverandørens problem. Hvis man bruger systemet til at træffe beslutninger om mennesker, har man selv et ansvar,” siger hun.

## Tre spørgsmål til direktionen

Lene Kold anbefaler, at direktionen som minimum kan svare på:

- Hvor bruger vi AI i dag, også i indkøbte systemer?
- Hvilke af løsningerne træffer eller påvirker beslutninger om mennesker?
- Hvem har ansvaret for at følge op på reglerne?`,
    authors: ['camilla-eskildsen'],
    tags: ['Kunstig intelligens', 'Bestyrelser'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai', 'bestyrelser-halter-efter-paa-cybersikkerhed'],
    hoursAgo: 415,
  },
  {
    slug: 'kunderne-vil-have-fast-pris-konsulenthusene-aendrer-forretningsmodel',
    section: 'ledelse',
    title: 'Kunderne vil have fast pris: Konsulenthusene ændrer forretningsmodel',
    lead: 'Flere kunder vil ikke længere betale for timer, men for resultater. Det tvinger konsulenthusene til at tage en større del af risikoen i projekterne.',
    body: `En stigende andel af de danske it-projekter bliver aftalt til fast pris eller med betaling knyttet til leverede resultater, frem for betaling per time. Det fortæller flere konsulenthuse og kunder til Spalte.

Udviklingen skyldes blandt andet, at kunderne har fået øjnene op for, at AI-værktøjer kan gøre udviklingen hurtigere, og at de gerne vil have en del af gevinsten.

”Hvis en opgave tager halvt så lang tid med AI, giver det ikke mening at betale for de timer, man plejede at bruge. Kunderne vil betale for det, de får,” siger partner i rådgivningsvirksomheden Sourcevej, Mads Overgaard.

## Større risiko for leverandørerne

Fastprisaftaler flytter en del af risikoen fra kunden til leverandøren. Hvis projektet tager længere tid end forventet, er det leverandøren, der betaler.

En talsperson for Netcompany oplyser til Spalte, at virksomheden i mange år har arbejdet med fastprisprojekter, og at virksomheden ser en stigende interesse for aftaler, hvor betalingen knyttes til konkrete leverancer.

## Kræver modne kunder

Ifølge Mads Overgaard forudsætter fastpris dog, at kunden ved, hvad den vil have.

”Fastpris er ikke en genvej til et billigt projekt. Hvis kravene ændrer sig hele tiden, bliver det enten dyrt eller et projekt, hvor man skændes om hver eneste ændring,” siger han.

Han anbefaler, at store projekter deles op i mindre dele, som hver især kan aftales til fast pris.`,
    authors: ['camilla-eskildsen', 'jesper-kildegaard'],
    tags: ['Netcompany', 'It-projekter', 'Outsourcing'],
    related: ['virksomheder-henter-it-hjem-fra-outsourcing'],
    hoursAgo: 590,
  },
  {
    slug: 'danfjord-logistik-henter-ny-cio-fra-forsvaret',
    section: 'ledelse',
    title: 'Danfjord Logistik henter ny it-direktør fra Forsvaret',
    lead: 'Charlotte Bækgaard bliver ny CIO i transportvirksomheden Danfjord Logistik. Hun skal samle it og data og styrke sikkerheden i en branche under pres.',
    body: `Transport- og logistikvirksomheden Danfjord Logistik A/S har ansat Charlotte Bækgaard som ny it-direktør. Det oplyser virksomheden i en pressemeddelelse. Hun tiltræder 1. juni og bliver en del af direktionen.

Charlotte Bækgaard kommer fra en stilling som chef for en it-enhed i Forsvaret, hvor hun har haft ansvaret for drift og sikkerhed i systemer til logistik og planlægning.

”Logistik handler om at have styr på tusindvis af bevægelser hver dag. Det kender Charlotte alt til, og hun har en baggrund inden for sikkerhed, som vi har brug for,” siger administrerende direktør i Danfjord Logistik, Ole Stensgaard.

## Samler it og data

Med ansættelsen samler Danfjord Logistik virksomhedens it-afdeling og dataafdeling under én ledelse. Tidligere har de to afdelinger refereret til hver sin direktør.

”Data er ikke noget, der ligger ved siden af it. Det er kernen i det, vi laver. Derfor giver det mening at have én ansvarlig,” siger Charlotte Bækgaard.

## Branche under pres

Transportbranchen er blevet et hyppigt mål for cyberangreb, og flere europæiske transportvirksomheder har de seneste år været ramt af ransomware. Danfjord Logistik er omfattet af NIS2-reglerne.

Virksomheden har omkring 1.400 medarbejdere i Danmark, Sverige og Tyskland.`,
    authors: ['camilla-eskildsen'],
    tags: ['CIO', 'Organisation', 'NIS2'],
    image: 'moede',
    hoursAgo: 820,
  },
  {
    slug: 'andelen-af-kvindelige-it-direktoerer-er-stoerst-i-det-offentlige',
    section: 'ledelse',
    title: 'Andelen af kvindelige it-direktører er størst i det offentlige',
    lead: 'I staten, regionerne og kommunerne er hver tredje it-chef en kvinde. I de private virksomheder er det under hver femte.',
    body: `Der er markant flere kvinder i toppen af de offentlige it-afdelinger end i de private. Det viser en opgørelse, som Spalte har foretaget på baggrund af oplysninger om it-chefer og it-direktører i 300 offentlige organisationer og private virksomheder med mere end 250 ansatte.

I de offentlige organisationer er 34 procent af de øverste it-ledere kvinder. I de private virksomheder er andelen 18 procent.

”Det offentlige har i mange år arbejdet bevidst med at rekruttere ledere bredt. Og mange kvinder finder det meningsfuldt at arbejde med digitalisering, der har betydning for borgerne,” siger professionelt bestyrelsesmedlem og tidligere it-direktør Lene Kold.

## Kvinderne kommer fra forretningen

Opgørelsen viser også, at de kvindelige it-ledere oftere end deres mandlige kolleger har en baggrund uden for it, for eksempel i økonomi, jura eller forvaltning.

”Det er ikke en svaghed. Tværtimod. En it-direktør i dag skal kunne forstå forretningen og tale med direktionen, ikke kun med udviklerne,” siger Lene Kold.

## Langsom udvikling i det private

Andelen af kvindelige it-ledere i de private virksomheder er kun steget med to procentpoint på fem år. Ifølge netværket Kvinder i Kode er en af forklaringerne, at rekrutteringen til it-ledelse i mange virksomheder stadig sker gennem et snævert netværk.`,
    authors: ['camilla-eskildsen'],
    tags: ['Diversitet', 'CIO', 'Offentlig digitalisering'],
    related: ['andelen-af-kvinder-paa-it-uddannelser-staar-stille'],
    image: 'moede',
    hoursAgo: 1130,
  },
  {
    slug: 'direktoer-i-fynsk-softwarehus-gaar-af-efter-mislykket-platformsskifte',
    section: 'ledelse',
    title: 'Direktør i fynsk softwarehus går af efter mislykket platformsskifte',
    lead: 'Et forsinket skifte til en ny teknisk platform har kostet Kløvermark Software A/S flere store kunder. Nu går direktøren af, og bestyrelsen tager over.',
    body: `Administrerende direktør i Kløvermark Software A/S, Henrik Juul Bendtsen, fratræder sin stilling med øjeblikkelig virkning. Det oplyser selskabets bestyrelse i en meddelelse. Bestyrelsesformand Inger Marie Skov overtager midlertidigt den daglige ledelse.

Baggrunden er et skifte til en ny teknisk platform for selskabets økonomisystem til mindre virksomheder, som er blevet mere end et år forsinket. Forsinkelsen har ifølge meddelelsen kostet selskabet flere store kunder.

”Vi har i fællesskab konkluderet, at selskabet har brug for en ny retning og ny ledelse for at komme igennem den situation, vi står i,” skriver Inger Marie Skov i meddelelsen.

## Lovede for meget

Ifølge to tidligere medarbejdere, som Spalte har talt med, blev der lovet kunderne en tidsplan, som udviklingsafdelingen fra starten vurderede som urealistisk.

”Vi sagde det flere gange. Men der var solgt en dato, og den skulle holdes,” siger en af dem.

Henrik Juul Bendtsen har ikke ønsket at kommentere sin fratræden.

## Teknisk gæld bag beslutningen

Ifølge bestyrelsen var platformsskiftet nødvendigt, fordi den gamle platform var blevet for dyr at vedligeholde. Selskabet fastholder planen, men vil nu dele den op i mindre etaper.

Kløvermark Software har omkring 90 medarbejdere og hovedkontor i Odense.`,
    authors: ['camilla-eskildsen', 'jesper-kildegaard'],
    tags: ['It-projekter', 'Teknisk gæld', 'Organisation'],
    related: ['teknisk-gaeld-koster-danske-virksomheder-dyrt'],
    hoursAgo: 1520,
  },
  {
    slug: 'it-chefer-leverandoerstyring-er-den-stoerste-udfordring',
    section: 'ledelse',
    title: 'It-chefer: Leverandørstyring er blevet den største udfordring',
    lead: 'Flere leverandører, flere krav og flere kontrakter. Danske it-chefer bruger markant mere tid på at styre deres leverandører end for fem år siden.',
    body: `Styringen af leverandører er blevet den største ledelsesmæssige udfordring for danske it-chefer. Det viser en undersøgelse blandt 220 it-chefer, som rådgivningsvirksomheden Fjordlys Advisory har gennemført.

43 procent af it-cheferne peger på leverandørstyring som deres største udfordring. Det er flere end dem, der peger på rekruttering, økonomi eller sikkerhed.

”For ti år siden havde en typisk it-afdeling nogle få store leverandører. I dag har mange 50 eller 100 leverandører af software som en tjeneste, og hver af dem skal styres,” siger ledelsesrådgiver Signe Thorup fra Fjordlys Advisory.

## NIS2 øger presset

Ifølge undersøgelsen er presset steget, efter at NIS2-reglerne har stillet krav om, at virksomhederne kan dokumentere sikkerheden hos deres leverandører.

”Det er ikke nok at have en kontrakt. Man skal kunne vise, at man følger op på den,” siger Signe Thorup.

## Færre, men bedre leverandører

Mange af de adspurgte it-chefer arbejder på at reducere antallet af leverandører. Samtidig peger flere på, at det kræver nye kompetencer i it-afdelingen.

”Vi har ansat vores første leverandøransvarlige. Det havde jeg ikke forestillet mig for fem år siden,” siger it-chefen i en dansk produktionsvirksomhed.`,
    authors: ['camilla-eskildsen'],
    tags: ['Leverandørstyring', 'CIO', 'NIS2'],
    related: ['virksomheder-henter-it-hjem-fra-outsourcing', 'hver-tredje-virksomhed-er-ikke-klar-til-nis2'],
    image: 'moede',
    hoursAgo: 2000,
  },
  {
    slug: 'bestyrelserne-henter-flere-medlemmer-med-it-baggrund',
    section: 'ledelse',
    title: 'Bestyrelserne henter flere medlemmer med it-baggrund',
    lead: 'Hvert fjerde nye bestyrelsesmedlem i de største danske virksomheder har erfaring fra it eller teknologi. For fem år siden var det hvert tiende.',
    body: `Danske bestyrelser er begyndt at hente flere medlemmer med en baggrund inden for it og teknologi. Det viser en gennemgang af nyvalgte bestyrelsesmedlemmer i 150 af de største danske virksomheder, som netværket Bestyrelsesforum har foretaget.

Sidste år havde 24 procent af de nyvalgte medlemmer erfaring som it-direktør, teknologidirektør eller fra en ledende stilling i en teknologivirksomhed. For fem år siden var andelen 11 procent.

”Bestyrelserne har indset, at teknologi ikke er noget, man kan overlade til direktionen alene. Man skal kunne stille de rigtige spørgsmål, og det kræver, at nogen rundt om bordet ved, hvad de taler om,” siger professionelt bestyrelsesmedlem Lene Kold.

## Ikke én ekspert

Lene Kold advarer dog mod at tro, at problemet er løst, fordi der sidder ét medlem med it-baggrund i bestyrelsen.

”Det værste, der kan ske, er, at resten af bestyrelsen læner sig tilbage og tænker, at det er hans eller hendes område. Alle i bestyrelsen har et ansvar,” siger hun.

## Sikkerhed og AI på dagsordenen

Ifølge gennemgangen er det især cybersikkerhed og kunstig intelligens, der driver udviklingen. Med NIS2-reglerne har ledelsen i mange virksomheder fået et personligt ansvar for cybersikkerheden.`,
    authors: ['camilla-eskildsen'],
    tags: ['Bestyrelser', 'CIO', 'NIS2'],
    related: ['bestyrelser-halter-efter-paa-cybersikkerhed'],
    hoursAgo: 2950,
  },
  {
    slug: 'offentlige-it-afdelinger-skaerer-ned-paa-konsulenter',
    section: 'ledelse',
    title: 'Offentlige it-afdelinger skærer ned på konsulenterne',
    lead: 'Stat, regioner og kommuner vil bruge færre eksterne konsulenter og i stedet ansætte flere selv. Det er lettere sagt end gjort, lyder det fra it-cheferne.',
    body: `Flere offentlige organisationer har planer om at reducere brugen af eksterne it-konsulenter og i stedet ansætte flere medarbejdere selv. Det viser en rundspørge, som Spalte har gennemført blandt 70 it-chefer i stat, regioner og kommuner.

Af de adspurgte svarer 46, at de har en plan om at reducere konsulentforbruget inden for de kommende to år. De hyppigste begrundelser er økonomi og ønsket om at bevare viden i organisationen.

”Når konsulenterne går, tager de viden med sig, som vi har betalt for. Det er et problem, når vi skal vedligeholde systemerne i mange år bagefter,” siger it-chefen i en statslig styrelse.

## Svært at rekruttere

Samtidig svarer et flertal, at det er svært at rekruttere de specialister, der skal afløse konsulenterne. Især arkitekter, sikkerhedsspecialister og erfarne projektledere er svære at finde.

”Vi kan ikke konkurrere på løn med de private. Vi må konkurrere på opgaverne og på arbejdsvilkårene,” siger it-chefen i en region.

## Konsulenter forsvinder ikke

Ifølge en udbudsrådgiver, som Spalte har talt med, vil de offentlige organisationer fortsat have brug for konsulenter, især til store udviklingsprojekter.

”Det handler om at bruge dem til de rigtige ting. Konsulenter er gode til at levere et projekt. De er sjældent den bedste løsning til at drive et system i ti år,” siger han.`,
    authors: ['camilla-eskildsen', 'line-vestergaard'],
    tags: ['Outsourcing', 'Offentlig digitalisering', 'Rekruttering'],
    related: ['virksomheder-henter-it-hjem-fra-outsourcing', 'staten-samler-it-driften-for-flere-ministerier'],
    hoursAgo: 3150,
  },
];

export const MORE_JOBS: SeedJob[] = [
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

export const MORE_PEOPLE_NEWS: SeedPeopleNews[] = [
  {
    name: 'Frida Mølgaard',
    company: 'Vadehav Software A/S',
    role: 'CTO',
    startDate: '2026-04-01',
    body: 'Vadehav Software A/S har pr. 1. april 2026 ansat Frida Mølgaard, 41 år, som CTO. Hun skal især beskæftige sig med den tekniske udvikling af selskabets logistikplatform og med at flytte platformen til en ny cloudarkitektur. Hun kommer fra en stilling som udviklingschef hos en nordisk transportvirksomhed. Hun er uddannet civilingeniør fra Syddansk Universitet. Hun har tidligere beskæftiget sig med integrationer mellem transportører, lagre og webshops.',
    label: 'Nyt job',
    daysAgo: 3,
  },
  {
    name: 'Anne-Sofie Kragelund',
    company: 'KMD A/S',
    role: 'Informationssikkerhedschef',
    startDate: '2026-03-01',
    body: 'KMD A/S har pr. 1. marts 2026 ansat Anne-Sofie Kragelund som informationssikkerhedschef. Hun skal især beskæftige sig med sikkerheden i selskabets løsninger til kommuner og regioner og med opbygningen af et nyt sikkerhedscenter. Hun kommer fra en stilling som sikkerhedschef hos et dansk forsikringsselskab. Hun har tidligere beskæftiget sig med beredskabsplaner, risikostyring og NIS2 i den finansielle sektor.',
    label: 'Nyt job',
    daysAgo: 5,
  },
  {
    name: 'Birgitte Holst Dalsgaard',
    company: 'Atea A/S',
    role: 'Regionsdirektør, Sydvestjylland',
    startDate: '2026-04-01',
    body: 'Atea A/S har pr. 1. april 2026 ansat Birgitte Holst Dalsgaard som regionsdirektør for Sydvestjylland. Hun skal især beskæftige sig med at styrke selskabets forretning og samarbejdet med kunder i energi- og offshorebranchen i området omkring Esbjerg. Hun kommer fra en stilling som it-chef hos en vestjysk energivirksomhed. Hun har tidligere beskæftiget sig med drift af it-infrastruktur og leverandørstyring.',
    label: 'Nyt job',
    daysAgo: 7,
  },
  {
    name: 'Julie Fabricius Holm',
    company: 'Formpipe Software A/S',
    role: 'Customer Success Manager',
    startDate: '2026-03-01',
    body: 'Formpipe Software A/S har pr. 1. marts 2026 ansat Julie Fabricius Holm som Customer Success Manager. Hun skal især beskæftige sig med selskabets kommunale kunder og med overgangen til cloududgaven af selskabets løsning til sags- og dokumenthåndtering. Hun kommer fra en stilling som digitaliseringskonsulent hos en sjællandsk kommune. Hun har tidligere beskæftiget sig med implementering af fagsystemer og uddannelse af superbrugere.',
    label: 'Nyt job',
    daysAgo: 9,
  },
  {
    name: 'Kasper Møllgaard Friis',
    company: 'Netcompany A/S',
    role: 'Partner',
    startDate: '2026-02-15',
    body: 'Netcompany A/S har pr. 15. februar 2026 ansat Kasper Møllgaard Friis som partner. Han skal især beskæftige sig med selskabets kunder i den statslige sektor og med store moderniseringsprojekter. Han kommer fra en stilling som direktør i et rådgivningsfirma med speciale i offentlige it-udbud. Han er uddannet cand.polit. fra Københavns Universitet. Han har tidligere beskæftiget sig med kontraktstyring og programledelse i staten.',
    label: 'Nyt job',
    daysAgo: 12,
  },
  {
    name: 'Sidsel Krogh Pallesen',
    company: 'Trifork A/S',
    role: 'Udviklingschef, Aalborg',
    startDate: '2026-03-15',
    body: 'Trifork A/S har pr. 15. marts 2026 ansat Sidsel Krogh Pallesen som udviklingschef for selskabets nye kontor i Aalborg. Hun skal især beskæftige sig med at rekruttere og lede kontorets udviklere, arkitekter og designere. Hun kommer fra en stilling som teamleder hos en nordjysk softwarevirksomhed. Hun er uddannet cand.scient. i datalogi fra Aalborg Universitet. Hun har tidligere beskæftiget sig med udvikling af løsninger til sundhedssektoren.',
    label: 'Nyt job',
    daysAgo: 15,
  },
  {
    name: 'Nanna Bech Iversen',
    company: 'Systematic A/S',
    role: 'Product Owner',
    startDate: '2026-02-01',
    body: 'Systematic A/S har pr. 1. februar 2026 ansat Nanna Bech Iversen som Product Owner. Hun skal især beskæftige sig med videreudviklingen af selskabets løsninger til hospitalernes akutområde. Hun kommer fra en stilling som klinisk systemforvalter hos en dansk region. Hun er uddannet sygeplejerske og har en master i sundhedsinformatik. Hun har tidligere beskæftiget sig med implementering af kliniske it-systemer.',
    label: 'Nyt job',
    daysAgo: 20,
  },
  {
    name: 'Thomas Bach Ravnsborg',
    company: 'KMD A/S',
    role: 'Udviklingsdirektør',
    startDate: '2026-02-01',
    body: 'KMD A/S har pr. 1. februar 2026 forfremmet Thomas Bach Ravnsborg til udviklingsdirektør. Han skal især beskæftige sig med udviklingen af selskabets løsninger til kommunerne og med udrulningen af AI-værktøjer i udviklingsorganisationen. Han kommer fra en stilling som udviklingschef i samme selskab. Han har tidligere beskæftiget sig med arkitektur og udvikling af løsninger til løn- og personaleområdet.',
    label: 'Forfremmelse',
    daysAgo: 30,
  },
  {
    name: 'Maria Thøgersen',
    company: 'Netcompany A/S',
    role: 'Senior Consultant',
    startDate: '2026-01-30',
    body: 'Maria Thøgersen, Senior Consultant hos Netcompany A/S, har pr. 30. januar 2026 færdiggjort en masteruddannelse i it-sikkerhed. Hun skal især beskæftige sig med sikkerhedsarkitektur i selskabets projekter for offentlige kunder. Hun har tidligere beskæftiget sig med udvikling og test af løsninger til den statslige sektor.',
    label: 'Færdiggjort uddannelse',
    daysAgo: 40,
  },
  {
    name: 'Lars Peter Nygaard',
    company: 'Atea A/S',
    role: 'Salgschef, offentlig sektor',
    startDate: '2026-01-15',
    body: 'Atea A/S har pr. 15. januar 2026 ansat Lars Peter Nygaard som salgschef for den offentlige sektor i Jylland. Han skal især beskæftige sig med selskabets kunder i kommuner og regioner og med deltagelse i offentlige udbud. Han kommer fra en stilling som key account manager hos en dansk it-leverandør. Han har tidligere beskæftiget sig med salg af infrastruktur og driftsydelser til offentlige kunder.',
    label: 'Nyt job',
    daysAgo: 45,
  },
  {
    name: 'Søren Kirkeby Aagaard',
    company: 'Formpipe Software A/S',
    role: 'Head of Development, Danmark',
    startDate: '2026-01-01',
    body: 'Formpipe Software A/S har pr. 1. januar 2026 forfremmet Søren Kirkeby Aagaard til Head of Development for den danske forretning. Han skal især beskæftige sig med at opbygge selskabets nye udviklingsteam i København og med samarbejdet med udviklerne i Sverige. Han kommer fra en stilling som teamleder i samme selskab. Han har tidligere beskæftiget sig med integrationer mellem sagssystemer og arkiver.',
    label: 'Forfremmelse',
    daysAgo: 55,
  },
  {
    name: 'Lis Hvidtfeldt',
    company: 'KMD A/S',
    role: 'Løsningsarkitekt',
    startDate: '2026-01-15',
    body: 'Lis Hvidtfeldt, løsningsarkitekt hos KMD A/S, kan pr. 15. januar 2026 fejre 25 års jubilæum i selskabet. Hun har især beskæftiget sig med løsninger til kommunernes social- og beskæftigelsesområde og har været med til at flytte flere af selskabets løsninger til nye platforme. Hun startede i sin tid som systemudvikler og har siden haft flere roller inden for arkitektur og rådgivning.',
    label: 'Jubilæum',
    daysAgo: 60,
  },
  {
    name: 'Ahmad Rahimi',
    company: 'Netcompany A/S',
    role: 'Lead Architect',
    startDate: '2026-01-05',
    body: 'Netcompany A/S har pr. 5. januar 2026 ansat Ahmad Rahimi som Lead Architect. Han skal især beskæftige sig med arkitekturen i selskabets løsninger til drift i danske datacentre. Han kommer fra en stilling som platformarkitekt hos en dansk hostingvirksomhed. Han er uddannet civilingeniør fra DTU. Han har tidligere beskæftiget sig med containerplatforme og open source-baseret infrastruktur.',
    label: 'Nyt job',
    daysAgo: 75,
  },
  {
    name: 'Jakob Overby Kristensen',
    company: 'Systematic A/S',
    role: 'Systemarkitekt',
    startDate: '2026-01-20',
    body: 'Jakob Overby Kristensen, systemarkitekt hos Systematic A/S, har pr. 20. januar 2026 færdiggjort en master i softwarekonstruktion fra Aarhus Universitet. Han skal især beskæftige sig med arkitekturen i selskabets forsvarsløsninger. Han har tidligere beskæftiget sig med integration mellem systemer fra forskellige leverandører.',
    label: 'Færdiggjort uddannelse',
    daysAgo: 90,
  },
  {
    name: 'Mads Kjærsgaard Thomsen',
    company: 'Trifork A/S',
    role: 'Senior Security Consultant',
    startDate: '2026-01-02',
    body: 'Trifork A/S har pr. 2. januar 2026 ansat Mads Kjærsgaard Thomsen som Senior Security Consultant. Han skal især beskæftige sig med sikkerhedstest af mobilapps og webløsninger for selskabets kunder. Han kommer fra en stilling som penetrationstester hos et dansk sikkerhedsfirma. Han har tidligere beskæftiget sig med udvikling af betalingsløsninger.',
    label: 'Nyt job',
    daysAgo: 100,
  },
  {
    name: 'Oliver Seidelin',
    company: 'Øresund Fintech ApS',
    role: 'Head of Engineering',
    startDate: '2026-01-01',
    body: 'Øresund Fintech ApS har pr. 1. januar 2026 ansat Oliver Seidelin, 36 år, som Head of Engineering. Han skal især beskæftige sig med at lede selskabets udviklingsteams og styrke sikkerheden i selskabets app til privatøkonomi. Han kommer fra en stilling som engineering manager hos en nordisk bank. Han har tidligere beskæftiget sig med mobiludvikling og betalingsløsninger.',
    label: 'Nyt job',
    daysAgo: 120,
  },
];

export const COMPANY_PROFILES: SeedCompany[] = [
  // ---------------------------------------------------------------- Real companies (kept factual and general)
  {
    name: 'KMD A/S',
    description:
      'KMD er en dansk it-virksomhed, der udvikler og driver it-løsninger til den offentlige sektor, blandt andet til kommuner, regioner og staten. Virksomheden leverer også løsninger til private virksomheder.',
    website: 'https://www.kmd.dk',
  },
  {
    name: 'Netcompany A/S',
    description:
      'Netcompany er en dansk it-virksomhed, der udvikler og leverer digitale løsninger til offentlige myndigheder og private virksomheder. Virksomheden blev grundlagt i København og har aktiviteter i flere europæiske lande.',
    website: 'https://www.netcompany.com',
  },
  {
    name: 'Formpipe Software A/S',
    tag: 'Formpipe',
    description:
      'Formpipe er en svensk softwarevirksomhed, der udvikler løsninger til sags- og dokumenthåndtering, arkivering og informationsstyring. Den danske forretning betjener blandt andet offentlige myndigheder.',
    website: 'https://www.formpipe.com',
  },
  {
    name: 'Systematic A/S',
    description:
      'Systematic er en dansk softwarevirksomhed med hovedsæde i Aarhus. Virksomheden udvikler software til blandt andet forsvar, sundhedsvæsen og offentlige myndigheder.',
    website: 'https://systematic.com',
  },
  {
    name: 'Trifork A/S',
    description:
      'Trifork er en it-virksomhed med rødder i Aarhus, der udvikler software og digitale løsninger til blandt andet sundhedssektoren, den finansielle sektor og offentlige kunder. Virksomheden har kontorer i flere europæiske lande.',
    website: 'https://trifork.com',
  },
  {
    name: 'Atea A/S',
    description:
      'Atea er en nordisk leverandør af it-infrastruktur og it-rådgivning. I Danmark leverer virksomheden hardware, software, drift og konsulentydelser til både private og offentlige kunder.',
    website: 'https://www.atea.dk',
  },
  {
    name: 'Sourcing IT',
    description:
      'Sourcing IT er en dansk virksomhed, der leverer it-konsulenter og freelancere til opgaver hos private og offentlige kunder.',
  },
  {
    name: 'Simple Agency Group A/S',
    description:
      'Simple Agency Group er en dansk koncern, der samler virksomheder inden for digitale ydelser og markedsføring.',
  },

  // ---------------------------------------------------------------- Invented companies
  {
    name: 'Havnelys Software A/S',
    description:
      'Havnelys Software udvikler betalings- og afregningsløsninger til webshops i Norden. Virksomheden har kontor i Nordhavn i København.',
    website: 'https://www.havnelys-software.example.dk',
  },
  {
    name: 'Kattegat Data ApS',
    description:
      'Kattegat Data er et aarhusiansk datafirma, der bygger dataplatforme og analyser til energi- og forsyningssektoren. Kunderne bruger løsningerne til at forudsige forbrug og fejl i nettet.',
    website: 'https://www.kattegat-data.example.dk',
  },
  {
    name: 'Fyns Sundheds-IT A/S',
    description:
      'Fyns Sundheds-IT udvikler it-løsninger til sundhedsvæsenet og har hovedsæde i Odense. Virksomheden arbejder tæt sammen med hospitaler, kommuner og praktiserende læger.',
    website: 'https://www.fyns-sundheds-it.example.dk',
  },
  {
    name: 'Limfjord Systemer A/S',
    description:
      'Limfjord Systemer udvikler selvbetjeningsløsninger til kommuner og forsyningsselskaber. Virksomheden har kontor i Aalborg og lægger stor vægt på brugervenlighed og tilgængelighed.',
    website: 'https://www.limfjord-systemer.example.dk',
  },
  {
    name: 'Sjællands Driftscenter ApS',
    description:
      'Sjællands Driftscenter driver servere, netværk og datacenterkapacitet for mellemstore virksomheder. Virksomheden har base i Roskilde.',
    website: 'https://www.sjaellands-driftscenter.example.dk',
  },
  {
    name: 'Gudenå Analytics ApS',
    description:
      'Gudenå Analytics er et midtjysk konsulenthus med speciale i data og kunstig intelligens. Virksomheden hjælper kunderne med at omsætte idéer til projekter, der skaber målbar værdi.',
    website: 'https://www.gudenaa-analytics.example.dk',
  },
  {
    name: 'Skagerrak Cloud A/S',
    description:
      'Skagerrak Cloud er en nordjysk cloududbyder, der tilbyder hosting og cloudplatforme med databehandling i Danmark. Platformen bygger i vid udstrækning på open source-teknologi.',
    website: 'https://www.skagerrak-cloud.example.dk',
  },
  {
    name: 'Vadehav Software A/S',
    description:
      'Vadehav Software udvikler en logistikplatform, som bruges af transportvirksomheder i hele Nordeuropa. Virksomheden har hovedsæde i Syddanmark.',
    website: 'https://www.vadehav-software.example.dk',
  },
  {
    name: 'Øresund Fintech ApS',
    description:
      'Øresund Fintech udvikler en app til privatøkonomi, som bruges af mere end 200.000 danskere. Virksomheden har kontor i København.',
    website: 'https://www.oeresund-fintech.example.dk',
  },
  {
    name: 'Djurs IT-Service ApS',
    description:
      'Djurs IT-Service leverer it-support til skoler, daginstitutioner og mindre virksomheder på Djursland. Teknikerne kører ud til kunderne flere gange om ugen.',
    website: 'https://www.djurs-it-service.example.dk',
  },
  {
    name: 'Nordvind Consulting A/S',
    description:
      'Nordvind Consulting er et rådgivningshus, der hjælper offentlige og private organisationer med digitalisering, it-udbud og kontraktstyring. Virksomheden rådgiver især kommuner og regioner.',
    website: 'https://www.nordvind-consulting.example.dk',
  },
];
