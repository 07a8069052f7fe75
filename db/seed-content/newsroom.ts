// Demo content for Spalte: sections, newsroom staff, news articles, jobs and people news.
// All events, people and quotes are fictional and written for demonstration purposes only.

import type { SeedArticle, SeedAuthor, SeedImage, SeedJob, SeedPeopleNews, SeedSection } from './types';

export const SECTIONS: SeedSection[] = [
  {
    slug: 'nyheder',
    name: 'Nyheder',
    description: 'Dagens vigtigste nyheder fra den danske it-branche – forretning, teknologi og politik.',
  },
  {
    slug: 'sikkerhed',
    name: 'Sikkerhed',
    description: 'Ransomware, sårbarheder, NIS2 og alt det andet, der holder it-sikkerhedschefen vågen om natten.',
  },
  {
    slug: 'cloud',
    name: 'Cloud',
    description: 'Datacentre, hyperscalere, digital suverænitet og den voksende cloudregning i danske virksomheder.',
  },
  {
    slug: 'karriere',
    name: 'Karriere',
    description: 'Løn, rekruttering, uddannelse og arbejdsliv for danske it-professionelle.',
  },
  {
    slug: 'offentlig-it',
    name: 'Offentlig IT',
    description: 'Digitaliseringen af stat, regioner og kommuner – fra MitID til de store it-udbud.',
  },
  {
    slug: 'ledelse',
    name: 'Ledelse',
    description: 'Strategi, organisation og beslutninger i it-afdelingerne og på direktionsgangen.',
  },
];

export const AUTHORS: SeedAuthor[] = [
  {
    slug: 'line-vestergaard',
    name: 'Line Vestergaard',
    title: 'Redaktør',
    bio: 'Line Vestergaard er redaktør på Spalte og har dækket den danske it-branche i mere end 15 år. Hun har tidligere været erhvervsjournalist med fokus på teknologi og telebranchen. Hun skriver især om it-politik og de store offentlige it-projekter.',
    email: 'line.vestergaard@spalte.dk',
  },
  {
    slug: 'jesper-kildegaard',
    name: 'Jesper Kildegaard',
    title: 'Journalist',
    bio: 'Jesper Kildegaard dækker it-branchens virksomheder, opkøb og regnskaber. Han er uddannet fra Danmarks Medie- og Journalisthøjskole og har en fortid som systemudvikler i en mellemstor softwarevirksomhed.',
    email: 'jesper.kildegaard@spalte.dk',
  },
  {
    slug: 'mette-lykke-andersen',
    name: 'Mette Lykke Andersen',
    title: 'Sikkerhedsredaktør',
    bio: 'Mette Lykke Andersen står for Spaltes dækning af it-sikkerhed. Hun følger ransomware-grupper, sårbarheder og den europæiske regulering på området, og hun er en fast gæst på de danske sikkerhedskonferencer. Tips kan sendes krypteret via Spaltes kontaktside.',
    email: 'mette.lykke@spalte.dk',
  },
  {
    slug: 'rasmus-holm-thygesen',
    name: 'Rasmus Holm Thygesen',
    title: 'Journalist',
    bio: 'Rasmus Holm Thygesen skriver om cloud, datacentre og infrastruktur. Han har tidligere arbejdet som driftsansvarlig hos en dansk hostingudbyder og har et særligt øje for, hvad der gemmer sig bag de store cloudkontrakter.',
    email: 'rasmus.thygesen@spalte.dk',
  },
  {
    slug: 'sofie-brandt-nielsen',
    name: 'Sofie Brandt Nielsen',
    title: 'Journalist',
    bio: 'Sofie Brandt Nielsen dækker digitaliseringen af den offentlige sektor med særligt fokus på kommuner og regioner. Hun har en kandidatgrad i statskundskab og har tidligere arbejdet på et regionalt dagblad.',
    email: 'sofie.brandt@spalte.dk',
  },
  {
    slug: 'anders-moerk-jakobsen',
    name: 'Anders Mørk Jakobsen',
    title: 'Journalist',
    bio: 'Anders Mørk Jakobsen skriver om karriere, løn og arbejdsliv i it-branchen. Han står også bag Spaltes årlige lønundersøgelse og redigerer sektionen med navnenyt.',
    email: 'anders.moerk@spalte.dk',
  },
  {
    slug: 'camilla-eskildsen',
    name: 'Camilla Eskildsen',
    title: 'Ledelsesredaktør',
    bio: 'Camilla Eskildsen er redaktør for Spaltes ledelsesstof og interviewer jævnligt it-direktører og bestyrelsesformænd. Hun har en baggrund som konsulent i et rådgivningshus og har skrevet om it-ledelse siden 2014.',
    email: 'camilla.eskildsen@spalte.dk',
  },
];

export const IMAGES: SeedImage[] = [
  {
    key: 'serverrum',
    file: 'serverrum.jpg',
    alt: 'Illustration: En gang i et mørkt serverrum set i perspektiv, med rækker af serverrack på begge sider, små grønne og orange lysdioder og lysstriber i loftet.',
    caption: 'Efterspørgslen på datacenterkapacitet i Danmark vokser, ikke mindst på grund af kunstig intelligens.',
    credit: 'Illustration: Spalte',
  },
  {
    key: 'sikkerhed',
    file: 'sikkerhed.jpg',
    alt: 'Illustration: En stor gul hængelås på en mørkviolet baggrund, omgivet af kredsløbslinjer i lilla og lyserødt, der ender i små cirkler.',
    caption: 'Truslen fra cyberangreb mod danske virksomheder og myndigheder vurderes fortsat at være meget høj.',
    credit: 'Illustration: Spalte',
  },
  {
    key: 'cloud',
    file: 'cloud.jpg',
    alt: 'Illustration: Tre hvide skyer på en lyseblå himmel, forbundet med stiplede linjer til et netværk af blå knudepunkter nedenunder.',
    caption: 'Flere danske organisationer genovervejer, hvor deres data og systemer skal ligge.',
    credit: 'Illustration: Spalte',
  },
  {
    key: 'offentlig-it',
    file: 'offentlig-it.jpg',
    alt: 'Illustration: Silhuetten af et rådhus med tårn og oplyste vinduer mod en fersken- og rosafarvet himmel, med stiplede buer i baggrunden.',
    caption: 'Stat, regioner og kommuner bruger hvert år milliarder af kroner på it.',
    credit: 'Illustration: Spalte',
  },
  {
    key: 'moede',
    file: 'moede.jpg',
    alt: 'Illustration: Fem personer i silhuet sidder ved et ovalt mødebord med bærbare computere, mens to personer ses bagfra i forgrunden. På væggen hænger en skærm med en stigende kurve.',
    caption: 'Ledelse og rekruttering fylder mere end nogensinde i de danske it-afdelinger.',
    credit: 'Illustration: Spalte',
  },
];

export const NEWSROOM_ARTICLES: SeedArticle[] = [
  // ---------------------------------------------------------------- Nyheder
  {
    slug: 'netcompany-vinder-kontrakt-om-ny-tilskudsplatform',
    section: 'nyheder',
    title: 'Netcompany vinder kontrakt om ny tilskudsplatform til landbruget',
    lead: 'Landbrugsstyrelsen har valgt Netcompany til at udvikle den platform, som landmænd fremover skal søge EU-støtte igennem. Kontrakten løber over seks år.',
    body: `Landbrugsstyrelsen har tildelt Netcompany kontrakten på en ny digital platform til ansøgning om og udbetaling af landbrugsstøtte. Det fremgår af en meddelelse om kontrakttildeling, som styrelsen har offentliggjort mandag.

Kontrakten har en anslået værdi af 310 millioner kroner over seks år og omfatter både udvikling, drift og videreudvikling. Tre leverandører afgav tilbud i udbuddet, oplyser styrelsen.

## Erstatter system fra 2012

Den nye platform skal erstatte den nuværende ansøgningsløsning, der blev sat i drift for mere end ti år siden og siden er blevet udvidet i takt med, at EU's landbrugspolitik er blevet ændret. Ifølge udbudsmaterialet er det blevet dyrere og mere risikabelt at tilpasse det gamle system, hver gang reglerne ændres.

”Vi har brug for en løsning, som kan følge med, når reglerne ændrer sig, uden at vi skal starte forfra hver gang. Det har været det vigtigste kriterium i udbuddet,” siger en kontorchef i Landbrugsstyrelsen til Spalte.

Platformen skal ifølge planen være klar til ansøgningsrunden i foråret 2028. Den skal blandt andet kunne:

- hente markdata direkte fra landmandens eget markkort
- forhåndsudfylde ansøgninger med oplysninger, som styrelsen allerede har
- give besked, hvis en ansøgning ser ud til at være i strid med reglerne, før den sendes

::related{slug="skatteforvaltningen-sender-stort-it-udbud-paa-gaden" label="Læs også"}

En talsperson for Netcompany bekræfter over for Spalte, at selskabet har vundet kontrakten, men ønsker ikke at kommentere den nærmere, før standstill-perioden er udløbet.

Det er den tredje større offentlige kontrakt, som Netcompany vinder i år.`,
    authors: ['jesper-kildegaard'],
    tags: ['Netcompany', 'Offentlig digitalisering', 'Udbud'],
    related: [
      'skatteforvaltningen-sender-stort-it-udbud-paa-gaden',
      'rigsrevisionen-kritiserer-forsinket-ydelsessystem',
    ],
    hoursAgo: 9,
    views: [368, 0, 0, 0, 0, 0, 0],
  },
  {
    slug: 'danske-bank-samler-ai-udvikling-i-ny-enhed',
    section: 'nyheder',
    title: 'Danske Bank samler AI-udviklingen i ny enhed med 150 medarbejdere',
    lead: 'Banken flytter udviklere, dataspecialister og jurister sammen i en ny enhed, der skal bringe generativ AI i drift i hele koncernen. Enheden får base i Lyngby.',
    body: `Danske Bank opretter en ny enhed, der skal samle bankens arbejde med kunstig intelligens ét sted. Det oplyser banken i en intern meddelelse, som Spalte har set, og som en talsperson efterfølgende har bekræftet.

Den nye enhed kommer til at tælle omkring 150 medarbejdere. Hovedparten kommer fra eksisterende teams i bankens it- og dataorganisation, men banken forventer også at rekruttere eksternt i løbet af året.

”Vi har haft mange gode eksperimenter rundt omkring i organisationen. Nu handler det om at få de løsninger, der virker, ud til kunderne og medarbejderne på en sikker og ansvarlig måde,” siger en talsperson for Danske Bank til Spalte.

## Jurister og udviklere side om side

Det bemærkelsesværdige ved den nye enhed er, at den ikke kun består af teknikere. Også compliance-medarbejdere og jurister med speciale i EU's AI-forordning flytter ind i enheden.

Ifølge banken er formålet at undgå, at nye løsninger bliver bygget færdige for derefter at gå i stå i en godkendelsesproces.

Finanssektoren er en af de brancher, hvor AI-forordningens krav til højrisikosystemer får størst betydning, blandt andet når algoritmer bruges til kreditvurdering.

Enheden flytter ind i bankens lokaler i Lyngby i løbet af efteråret.`,
    authors: ['jesper-kildegaard'],
    tags: ['Kunstig intelligens', 'Finanssektoren', 'Rekruttering'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai', 'jobopslag-med-ai-kompetencer-er-fordoblet'],
    hoursAgo: 31,
    views: [124, 462, 0, 0, 0, 0, 0],
  },
  {
    slug: 'atea-koeber-aarhusiansk-konsulenthus',
    section: 'nyheder',
    title: 'Atea køber aarhusiansk konsulenthus med speciale i Microsoft-platformen',
    lead: 'Med opkøbet af Kystlys Consult får Atea 45 nye konsulenter og et stærkere fodfæste hos mellemstore virksomheder i Jylland. Prisen er ikke oplyst.',
    body: `Atea har indgået aftale om at købe Kystlys Consult ApS, et aarhusiansk konsulenthus med 45 medarbejdere, der rådgiver om Microsoft 365, Azure og Dynamics. Det bekræfter begge parter over for Spalte.

Kystlys Consult blev stiftet i 2014 og havde i sit seneste regnskabsår en omsætning på 58 millioner kroner og et resultat før skat på 6,1 millioner kroner. Købesummen er ikke offentliggjort.

”Vi har i mange år samarbejdet med Atea på større opgaver, og vi oplever, at vores kunder efterspørger en partner, der kan levere hele vejen fra rådgivning til drift. Det kan vi nu,” siger Kystlys Consults medstifter og administrerende direktør, Mikkel Dahl Sørensen.

## Fortsætter under eget navn foreløbig

Ifølge aftalen fortsætter Kystlys Consult under sit eget navn det første år, hvorefter selskabet integreres i Ateas organisation i Aarhus. Ledelsen fortsætter i selskabet.

En talsperson for Atea oplyser, at opkøbet er et led i en strategi om at styrke forretningen uden for hovedstadsområdet.

”Der er en stor gruppe virksomheder i Jylland, som er for store til den lokale it-partner, men som ikke føler sig hjemme hos de helt store konsulenthuse. Dem vil vi gerne være tættere på,” siger talspersonen.

Handlen forventes gennemført i løbet af næste måned, når de sædvanlige betingelser er opfyldt.`,
    authors: ['jesper-kildegaard'],
    tags: ['Atea', 'Opkøb', 'Microsoft'],
    related: ['trifork-aabner-udviklingskontor-i-aalborg'],
    hoursAgo: 120,
    views: [8, 19, 36, 62, 152, 264, 0],
  },
  {
    slug: 'microsoft-haever-priser-paa-cloudlicenser',
    section: 'nyheder',
    title: 'Danske kunder skal betale mere for Microsofts cloudlicenser',
    lead: 'Fra næste kvartal hæver Microsoft prisen på en række licenser til Microsoft 365 for danske kunder. Rådgivere anbefaler at gennemgå licensforbruget nu.',
    body: `Danske virksomheder og myndigheder med licenser til Microsoft 365 skal forberede sig på en højere regning. Microsoft har over for sine forhandlere varslet prisstigninger på en række af de mest udbredte licenstyper fra næste kvartal.

Stigningerne ligger ifølge de prislister, Spalte har set, mellem 5 og 12 procent afhængigt af licenstypen. Microsoft begrunder ændringen med nye funktioner og med justeringer af valutakurser.

”For en mellemstor virksomhed med 500 brugere kan der hurtigt blive tale om et sekscifret beløb om året. Det er ikke noget, der vælter budgettet, men det kommer oveni, at mange i forvejen betaler for licenser, de ikke bruger,” siger licensrådgiver Henriette Bach fra rådgivningsfirmaet Licensia ApS.

## Mange betaler for meget

Ifølge Henriette Bach viser erfaringer fra licensgennemgange, at en betydelig del af de licenser, danske organisationer betaler for, enten ikke er i brug eller er af en dyrere type end nødvendigt.

Hun anbefaler, at virksomheder inden prisstigningen:

- gennemgår, hvilke brugere der reelt har brug for de dyreste licenstyper
- lukker konti for fratrådte medarbejdere
- overvejer længere bindingsperioder, hvis forbruget er stabilt

::related{slug="cloudregningen-overrasker-danske-it-chefer" label="Læs mere her"}

En talsperson for Microsoft Danmark oplyser til Spalte, at prisændringerne afspejler ”den betydelige merværdi, der er lagt ind i produkterne”, og at kunder med eksisterende aftaler beholder deres priser, indtil aftalen skal fornyes.`,
    authors: ['rasmus-holm-thygesen', 'jesper-kildegaard'],
    tags: ['Microsoft', 'Licenser', 'Cloud'],
    related: ['cloudregningen-overrasker-danske-it-chefer', 'microsofts-danske-datacentre-tager-foerste-kunder-ind'],
    hoursAgo: 260,
    views: [11, 14, 16, 24, 19, 28, 46],
  },
  {
    slug: 'trifork-aabner-udviklingskontor-i-aalborg',
    section: 'nyheder',
    title: 'Trifork åbner udviklingskontor i Aalborg og vil ansætte 40',
    lead: 'Softwarevirksomheden vil tættere på de nyuddannede fra Aalborg Universitet og åbner et kontor på havnefronten. De første medarbejdere starter efter sommerferien.',
    body: `Trifork åbner et nyt udviklingskontor i Aalborg. Kontoret skal på sigt huse omkring 40 udviklere, arkitekter og designere, oplyser virksomheden til Spalte.

Kontoret får adresse på havnefronten, og de første medarbejdere forventes at starte efter sommerferien.

”Vi rekrutterer allerede en del kandidater fra Aalborg, men mange af dem ender med at flytte til Aarhus eller København for vores skyld. Nu kan de blive, hvor de er,” siger en talsperson for Trifork.

## Kamp om kandidaterne

Aalborg har de seneste år fået flere udviklingskontorer fra både danske og udenlandske virksomheder, som alle forsøger at tiltrække kandidater fra universitetets datalogi- og softwareuddannelser.

Ifølge en lokal erhvervsrådgiver, som Spalte har talt med, er konkurrencen om de erfarne udviklere skarpere end om de nyuddannede.

”Det er forholdsvis let at få unge kandidater til at blive i byen. Det svære er at finde dem med ti års erfaring, som kan lede teams,” siger han.

Trifork oplyser, at kontoret primært skal arbejde på opgaver inden for sundheds-it og den finansielle sektor.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Trifork', 'Rekruttering'],
    related: ['netcompany-vil-ansaette-300-nyuddannede', 'atea-koeber-aarhusiansk-konsulenthus'],
    hoursAgo: 510,
  },
  {
    slug: 'softwareeksporten-slaar-rekord',
    section: 'nyheder',
    title: 'Danske softwarevirksomheder eksporterer for rekordbeløb',
    lead: 'Eksporten af software og it-tjenester steg med 11 procent sidste år. Især salget til Tyskland og USA trækker op, viser en ny opgørelse.',
    body: `Danske virksomheder solgte software og it-tjenester til udlandet for 96 milliarder kroner sidste år. Det er en stigning på 11 procent og det højeste niveau nogensinde, viser en ny opgørelse fra brancheforeningen IT-Branchen baseret på tal fra Danmarks Statistik.

Tyskland er fortsat det største enkeltmarked, mens salget til USA voksede mest.

”Det er et tegn på, at danske it-virksomheder kan konkurrere internationalt, også uden for Norden. Men det er også en påmindelse om, at vi skal have fat i de kompetencer, der skal til for at fortsætte væksten,” siger en talsperson for IT-Branchen.

## AI trækker op

Ifølge opgørelsen er det især virksomheder, der sælger software som en tjeneste, og virksomheder med løsninger baseret på kunstig intelligens, der står for væksten.

Samtidig er antallet af danske softwarevirksomheder med mere end 100 ansatte uden for Danmark steget markant de seneste fem år.

Branchen peger på tre forhold, der kan bremse udviklingen:

- mangel på erfarne udviklere og dataspecialister
- lange sagsbehandlingstider for udenlandsk arbejdskraft
- stigende krav til dokumentation i EU-regulering

Opgørelsen omfatter ikke salg af hardware og telekommunikation.`,
    authors: ['jesper-kildegaard'],
    tags: ['Eksport', 'Kunstig intelligens'],
    related: ['systematic-lander-stor-forsvarsordre'],
    hoursAgo: 900,
  },
  {
    slug: 'systematic-lander-stor-forsvarsordre',
    section: 'nyheder',
    title: 'Systematic lander stor ordre på kommandosoftware',
    lead: 'Et nordeuropæisk NATO-land har valgt Systematics software til at koordinere sine landstyrker. Ordren er en af de største i virksomhedens historie.',
    body: `Den aarhusianske softwarevirksomhed Systematic har indgået en aftale om at levere sit kommando- og kontrolsystem til landstyrkerne i et nordeuropæisk NATO-land. Det oplyser virksomheden i en pressemeddelelse.

Hverken kunden eller ordrens præcise størrelse oplyses af sikkerhedsmæssige årsager, men ifølge Systematic er der tale om en af de største enkeltordrer i virksomhedens historie.

Softwaren bruges til at give enheder i felten et fælles billede af, hvor egne og andre styrker befinder sig, og til at dele ordrer og meldinger på tværs af niveauer.

## Stigende forsvarsbudgetter

Aftalen kommer i en periode, hvor de europæiske NATO-lande øger deres forsvarsbudgetter markant, og hvor efterspørgslen efter software, der kan binde forskellige våbensystemer og enheder sammen, vokser.

”Moderne forsvar handler i stigende grad om data. Det er ikke nok at have materiellet, hvis de forskellige enheder ikke kan dele information hurtigt og sikkert,” siger en talsperson for Systematic til Spalte.

Ordren betyder ifølge virksomheden, at der skal ansættes flere udviklere i Aarhus og i virksomhedens udenlandske afdelinger i løbet af de kommende år.`,
    authors: ['jesper-kildegaard'],
    tags: ['Systematic', 'Forsvar', 'Eksport'],
    related: ['softwareeksporten-slaar-rekord'],
    hoursAgo: 1500,
  },

  // ---------------------------------------------------------------- Sikkerhed
  {
    slug: 'ransomware-lammer-produktion-hos-midtjysk-plastvirksomhed',
    section: 'sikkerhed',
    title: 'Ransomware lammer produktionen hos midtjysk plastvirksomhed',
    lead: 'Holmgaard Plast har siden søndag nat kørt på nødprocedurer efter et ransomwareangreb. 320 medarbejdere er sendt hjem, og virksomheden har ikke betalt løsesum.',
    body: `Produktionen hos Holmgaard Plast A/S i Ikast står stille efter et ransomwareangreb, der blev opdaget natten til søndag. Det bekræfter virksomhedens administrerende direktør, Bente Holmgaard, over for Spalte.

Angrebet har krypteret en stor del af virksomhedens servere, herunder de systemer, der styrer produktionsplanlægning og lager. Omkring 320 medarbejdere i produktionen er sendt hjem med løn, mens funktionærerne arbejder videre på papir og private telefoner.

”Det er en meget alvorlig situation for os, men vi har en plan, og vi følger den. Vi har ikke betalt, og vi har ingen intention om at betale,” siger Bente Holmgaard.

## Politiet og eksterne specialister er inde over

Virksomheden har anmeldt angrebet til politiet og underrettet Datatilsynet, da det ikke kan udelukkes, at personoplysninger om medarbejdere er blevet stjålet. Et eksternt incident response-team arbejder sammen med virksomhedens egen it-afdeling på at genetablere systemerne fra sikkerhedskopier.

Ifølge Bente Holmgaard er sikkerhedskopierne intakte, fordi de blev opbevaret adskilt fra virksomhedens øvrige netværk.

”Det er den ene beslutning, vi er allermest glade for i dag,” siger hun.

::related{slug="ransomwaregrupper-dropper-kryptering-og-stjaeler-data" label="Læs mere her"}

## Omfattet af NIS2

Holmgaard Plast er som leverandør til fødevareindustrien omfattet af de nye NIS2-regler og har derfor pligt til at indrapportere alvorlige hændelser inden for 24 timer. Virksomheden oplyser, at det er sket.

Direktøren forventer, at de første produktionslinjer kan køre igen i løbet af onsdag.

*Opdateret: Artiklen er opdateret med oplysningen om, at hændelsen er indrapporteret efter NIS2-reglerne.*`,
    authors: ['mette-lykke-andersen'],
    tags: ['Ransomware', 'NIS2', 'GDPR', 'Beredskab'],
    related: [
      'ransomwaregrupper-dropper-kryptering-og-stjaeler-data',
      'hver-tredje-virksomhed-er-ikke-klar-til-nis2',
      'bestyrelser-halter-efter-paa-cybersikkerhed',
    ],
    image: 'sikkerhed',
    hoursAgo: 7,
    updatedHoursAgo: 5,
    views: [624, 0, 0, 0, 0, 0, 0],
  },
  {
    slug: 'falske-mitid-beskeder-gaar-efter-pensionister',
    section: 'sikkerhed',
    title: 'Falske MitID-beskeder går efter ældre borgere',
    lead: 'En bølge af sms’er, der udgiver sig for at komme fra MitID, forsøger at lokke borgere til at godkende svindlernes login. Digitaliseringsstyrelsen opfordrer til at være på vagt.',
    body: `Digitaliseringsstyrelsen advarer mod en ny kampagne med falske sms’er, der udgiver sig for at komme fra MitID. Beskederne påstår, at modtagerens MitID ”udløber i dag”, og at man skal ringe til et telefonnummer for at forny det.

Når borgeren ringer, bliver vedkommende mødt af en person, der giver sig ud for at være supporter og beder borgeren om at godkende en anmodning i MitID-appen. I virkeligheden godkender borgeren dermed, at svindlerne logger ind i vedkommendes netbank.

”MitID udløber aldrig på den måde, og vi ringer eller skriver aldrig og beder dig godkende noget. Hvis du ikke selv har startet et login, skal du altid afvise,” siger en talsperson for Digitaliseringsstyrelsen til Spalte.

## Rammer især ældre

Ifølge styrelsen er det især borgere over 65 år, der har henvendt sig efter at have modtaget beskederne. Flere pengeinstitutter bekræfter over for Spalte, at de har set en stigning i forsøg på svindel efter samme opskrift.

Styrelsen anbefaler følgende:

- Godkend kun i MitID-appen, hvis du selv lige har forsøgt at logge ind
- Læs altid teksten i appen, som fortæller, hvor du logger ind
- Ring til din bank, hvis du er i tvivl, og brug det nummer, der står på bankens egen hjemmeside

Borgere, der har godkendt et login, de ikke selv har startet, bør straks spærre deres MitID via MitID’s hjemmeside eller ved at ringe til MitID-supporten og kontakte deres bank.`,
    authors: ['mette-lykke-andersen'],
    tags: ['MitID', 'Phishing', 'Cybertrusler'],
    related: ['mitid-erhverv-faar-ny-loesning-til-fuldmagter', 'ny-hjaelp-til-borgere-der-staar-uden-for-det-digitale'],
    hoursAgo: 22,
    updatedHoursAgo: 18,
    views: [296, 192, 0, 0, 0, 0, 0],
  },
  {
    slug: 'hver-tredje-virksomhed-er-ikke-klar-til-nis2',
    section: 'sikkerhed',
    title: 'Hver tredje virksomhed er ikke klar til NIS2-kravene',
    lead: 'En ny undersøgelse viser, at mange af de virksomheder, der er omfattet af NIS2, endnu ikke har styr på deres leverandører. Det er netop dér, myndighederne vil kigge, lyder det fra rådgivere.',
    body: `34 procent af de danske virksomheder, der er omfattet af NIS2-reglerne, vurderer selv, at de ikke lever op til kravene. Det viser en undersøgelse blandt 410 it- og sikkerhedsansvarlige, som rådgivningsvirksomheden Kvadrant Risk har gennemført, og som Spalte har fået adgang til.

Det område, hvor flest halter, er styringen af leverandører. Kun hver fjerde virksomhed svarer, at de har et fuldt overblik over, hvilke leverandører der har adgang til deres systemer og data.

”Mange har brugt det første år på at få styr på deres egne politikker og beredskabsplaner. Det er godt. Men de fleste angreb, vi ser, kommer ind gennem en leverandør eller et stykke software, man har købt,” siger partner i Kvadrant Risk, Thomas Riis Bundgaard.

## Ledelsen hæfter

Efter NIS2-reglerne har ledelsen i de omfattede virksomheder et personligt ansvar for, at cybersikkerheden er i orden, og ledelsesmedlemmerne skal gennemgå uddannelse i cybersikkerhed.

Ifølge undersøgelsen har 58 procent af virksomhederne gennemført et sådant forløb for direktionen, mens tallet for bestyrelserne kun er 31 procent.

::related{slug="nis2-driver-loennen-op-for-sikkerhedsspecialister" label="Læs også"}

## Tilsyn er på vej

De danske myndigheder har varslet, at de første egentlige tilsyn vil blive gennemført i løbet af året. Thomas Riis Bundgaard anbefaler, at virksomheder, der endnu ikke er kommet i gang, starter med et overblik over deres mest kritiske leverandører.

”Man behøver ikke have det hele perfekt. Men man skal kunne vise, at man har en plan og arbejder efter den,” siger han.`,
    authors: ['mette-lykke-andersen'],
    tags: ['NIS2', 'Leverandørstyring', 'Bestyrelser'],
    related: ['nis2-driver-loennen-op-for-sikkerhedsspecialister', 'bestyrelser-halter-efter-paa-cybersikkerhed'],
    image: 'sikkerhed',
    hoursAgo: 70,
    views: [42, 96, 178, 230, 0, 0, 0],
  },
  {
    slug: 'myndigheder-advarer-om-angreb-paa-vpn-udstyr',
    section: 'sikkerhed',
    title: 'Myndigheder advarer om målrettede angreb på VPN-udstyr',
    lead: 'Kriminelle udnytter en nyligt offentliggjort sårbarhed i en udbredt type VPN-udstyr. Center for Cybersikkerhed opfordrer danske organisationer til at opdatere straks.',
    body: `Center for Cybersikkerhed har udsendt en advarsel om aktiv udnyttelse af en kritisk sårbarhed i en udbredt serie af VPN- og firewallenheder, som bruges af mange danske virksomheder og myndigheder til fjernadgang.

Sårbarheden gør det muligt for en angriber at køre kode på enheden uden at være logget ind. Producenten har udsendt en opdatering, men ifølge advarslen er der fortsat et stort antal enheder på internettet, som ikke er opdateret.

”Udstyr i kanten af netværket er et yndet mål, fordi det ofte er dårligt overvåget, og fordi det giver direkte adgang til det interne netværk. Vi ser, at sårbarheder bliver udnyttet få dage efter, de er kendt,” skriver centret i advarslen.

## Opdatering er ikke nok

Myndigheden understreger, at det ikke er tilstrækkeligt at installere opdateringen, hvis enheden allerede kan være kompromitteret. Organisationer bør derfor også:

- gennemgå enhedens logfiler for usædvanlige login og konfigurationsændringer
- skifte adgangskoder og certifikater, der er gemt på enheden
- undersøge, om der er oprettet nye administratorkonti

Ifølge flere danske sikkerhedsvirksomheder, som Spalte har talt med, har sårbarheder i netop denne type udstyr været indgangen i en række ransomwareangreb det seneste år.

”Når vi bliver kaldt ud til et angreb, er det første, vi kigger på, firewall og VPN. Alt for ofte er det dér, det er startet,” siger en incident response-chef i et dansk sikkerhedsfirma.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Sårbarheder', 'Ransomware', 'Cybertrusler'],
    related: ['ransomware-lammer-produktion-hos-midtjysk-plastvirksomhed'],
    image: 'sikkerhed',
    hoursAgo: 330,
  },
  {
    slug: 'region-hovedstaden-oever-cyberangreb-paa-hospitaler',
    section: 'sikkerhed',
    title: 'Region Hovedstaden øver et cyberangreb på hospitalerne',
    lead: 'I to dage skal ledere og it-medarbejdere på regionens hospitaler håndtere et simuleret angreb, der slår de kliniske systemer ud. Formålet er at teste nødprocedurerne.',
    body: `Region Hovedstaden gennemfører i denne uge en stor beredskabsøvelse, hvor et simuleret cyberangreb sætter dele af de kliniske it-systemer ud af drift. Det oplyser regionen til Spalte.

Øvelsen involverer ledelserne på regionens hospitaler, den regionale it-organisation og regionens krisestab. Patientbehandlingen påvirkes ikke, da øvelsen foregår som et såkaldt skrivebordsspil, hvor deltagerne tager stilling til et scenarie, der udvikler sig time for time.

”Vi ved fra hospitaler i andre lande, at et angreb kan betyde, at man i dagevis skal arbejde uden elektroniske patientjournaler. Det skal vi være forberedt på, også selvom vi gør alt for at undgå det,” siger en afdelingschef i regionens it-organisation.

## Papir som nødplan

En central del af øvelsen er at teste regionens nødprocedurer, hvor blandt andet medicinering og blodprøvesvar skal håndteres på papir.

Ifølge regionen har erfaringerne fra tidligere øvelser ført til, at der nu ligger opdaterede nødpakker på alle afdelinger med blanketter og kontaktlister.

## Sundhedssektoren er et mål

Sundhedssektoren er i de seneste år blevet et hyppigt mål for cyberkriminelle i Europa, fordi hospitalerne har et stort behov for at få systemerne op at køre igen hurtigt.

Regionen forventer at offentliggøre en samlet evaluering af øvelsen efter sommerferien.`,
    authors: ['mette-lykke-andersen', 'sofie-brandt-nielsen'],
    tags: ['Regioner', 'Sundheds-IT', 'Beredskab'],
    related: ['region-hovedstaden-vaelger-ny-leverandoer-til-patientapp'],
    image: 'sikkerhed',
    hoursAgo: 700,
    views: [2, 2, 1, 3, 2, 2, 3],
  },
  {
    slug: 'datatilsynet-indstiller-boligadministrator-til-boede',
    section: 'sikkerhed',
    title: 'Datatilsynet indstiller boligadministrator til bøde',
    lead: 'Et fynsk administrationsselskab har i flere år gemt lejeres cpr-numre og lønsedler i et fællesdrev, som alle medarbejdere havde adgang til. Datatilsynet foreslår en bøde på 400.000 kroner.',
    body: `Datatilsynet har politianmeldt Fynsk Boligadministration A/S og indstillet selskabet til en bøde på 400.000 kroner for ikke at have beskyttet oplysninger om lejere tilstrækkeligt. Det fremgår af en afgørelse, som tilsynet har offentliggjort.

Sagen begyndte, da en tidligere medarbejder anmeldte selskabet til tilsynet. Medarbejderen havde opdaget, at kopier af lejeres lønsedler, cpr-numre og i enkelte tilfælde helbredsoplysninger lå i et fællesdrev, som alle selskabets omkring 60 medarbejdere havde adgang til.

## Ingen sletning i syv år

Ifølge afgørelsen havde selskabet ikke fastsat regler for, hvornår oplysningerne skulle slettes. Nogle af dokumenterne var mere end syv år gamle og vedrørte lejere, der for længst var fraflyttet.

”Oplysninger om økonomi og helbred kræver en særlig beskyttelse. Det er ikke nok, at man har tillid til sine medarbejdere. Der skal være styr på, hvem der har adgang, og hvor længe oplysningerne gemmes,” skriver Datatilsynet i afgørelsen.

Fynsk Boligadministration oplyser i en skriftlig kommentar til Spalte, at selskabet har ryddet op i fællesdrevet og indført adgangsstyring.

”Vi tager kritikken alvorligt og har taget ved lære af sagen,” skriver selskabets direktør, Karsten Bøgh.

Det er nu op til anklagemyndigheden at vurdere, om sagen skal for retten.`,
    authors: ['mette-lykke-andersen'],
    tags: ['GDPR', 'Datatilsynet'],
    hoursAgo: 1100,
  },
  {
    slug: 'ransomwaregrupper-dropper-kryptering-og-stjaeler-data',
    section: 'sikkerhed',
    title: 'Ransomwaregrupper dropper krypteringen og nøjes med at stjæle data',
    lead: 'Flere kriminelle grupper har opdaget, at det er nemmere at afpresse ofre med stjålne data end med krypterede servere. Det ændrer, hvordan virksomheder skal forsvare sig.',
    body: `En voksende andel af de ransomwareangreb, der rammer danske virksomheder, involverer slet ikke kryptering. I stedet stjæler de kriminelle data og truer med at offentliggøre dem, hvis ikke der bliver betalt.

Det fortæller flere danske sikkerhedsfirmaer til Spalte. Hos Nordlys Security, der håndterer omkring 80 alvorlige sikkerhedshændelser om året, udgjorde de rene datatyverier næsten halvdelen af sagerne sidste år mod under en femtedel to år tidligere.

”For de kriminelle er det en mere effektiv forretning. De slipper for at udvikle og vedligeholde krypteringsværktøjer, og de bliver ikke stoppet af gode sikkerhedskopier,” siger Nordlys Securitys chefanalytiker, Sara Winther.

## Backup er ikke længere nok

I mange år har rådet til virksomheder været, at gode og adskilte sikkerhedskopier er det bedste værn mod ransomware. Det råd gælder stadig, men det beskytter ikke mod afpresning med stjålne data.

Ifølge Sara Winther skal virksomheder i højere grad fokusere på at opdage, når store mængder data forlader netværket.

”Vi ser sager, hvor der er blevet kopieret flere hundrede gigabyte ud over en weekend, uden at nogen har reageret. Det burde kunne fanges,” siger hun.

## Anbefalinger

Nordlys Security anbefaler blandt andet:

- at overvåge udgående datatrafik og reagere på usædvanlige mængder
- at begrænse, hvor meget data den enkelte bruger og det enkelte system kan tilgå
- at have en plan for kommunikation til kunder og medarbejdere, hvis data bliver lækket

Politiet fraråder fortsat at betale løsesum, blandt andet fordi der ingen garanti er for, at data bliver slettet.`,
    authors: ['mette-lykke-andersen'],
    tags: ['Ransomware', 'Cybertrusler'],
    related: [
      'ransomware-lammer-produktion-hos-midtjysk-plastvirksomhed',
      'myndigheder-advarer-om-angreb-paa-vpn-udstyr',
    ],
    image: 'sikkerhed',
    hoursAgo: 1800,
  },

  // ---------------------------------------------------------------- Cloud
  {
    slug: 'kmd-flytter-kommunale-loesninger-til-danske-datacentre',
    section: 'cloud',
    title: 'KMD flytter kommunale løsninger til datacentre i Danmark',
    lead: 'Efter krav fra kommunerne vil KMD garantere, at data i en række fagsystemer bliver opbevaret og driftet i Danmark. Flytningen skal være færdig inden udgangen af næste år.',
    body: `KMD vil flytte driften af en række af sine kommunale fagsystemer til datacentre, der ligger i Danmark og drives af danske medarbejdere. Det oplyser virksomheden til Spalte.

Flytningen omfatter blandt andet løsninger til sagsbehandling på social- og beskæftigelsesområdet, som i dag delvist driftes i en international cloudplatform med datacentre i flere EU-lande.

”Vores kunder har været meget tydelige. De vil vide, hvor deres data ligger, og hvem der har adgang til dem. Det skal vi kunne svare klart på,” siger en talsperson for KMD.

## Efterspørgsel efter suverænitet

Beslutningen skal ses i lyset af en bredere debat om digital suverænitet i den offentlige sektor. Flere kommuner har det seneste år efterlyst garantier for, at deres data ikke kan blive omfattet af lovgivning i lande uden for EU.

Ifølge KMD vil flytningen ikke betyde højere priser for kommunerne i den nuværende kontraktperiode.

En it-chef i en sjællandsk kommune, der ønsker at være anonym, fordi kommunen er i gang med et udbud, kalder beslutningen ”et skridt i den rigtige retning”.

”Men vi skal se detaljerne. Det er ikke kun et spørgsmål om, hvor serverne står. Det handler også om, hvem der ejer dem, og hvem der kan tvinges til at udlevere data,” siger hun.

KMD forventer, at de første systemer er flyttet inden sommer.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['KMD', 'Digital suverænitet', 'Datacentre'],
    related: [
      'kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud',
      'danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud',
    ],
    image: 'serverrum',
    hoursAgo: 40,
    views: [78, 344, 0, 0, 0, 0, 0],
  },
  {
    slug: 'microsofts-danske-datacentre-tager-foerste-kunder-ind',
    section: 'cloud',
    title: 'Microsofts danske datacentre tager de første kunder ind',
    lead: 'En udvalgt gruppe danske kunder kan nu køre deres løsninger i Microsofts cloudregion på dansk jord. Fuld åbning forventes senere på året.',
    body: `Microsoft er begyndt at lukke de første kunder ind i sin danske cloudregion. Det bekræfter en talsperson for Microsoft Danmark over for Spalte.

I første omgang er det en mindre gruppe virksomheder og offentlige organisationer, der har fået adgang som led i et tidligt adgangsprogram. Hvilke kunder der er tale om, ønsker Microsoft ikke at oplyse.

”Vi oplever stor interesse, især fra kunder i den offentlige sektor og i finanssektoren, der har krav om, at data skal opbevares i Danmark,” siger talspersonen.

## Ikke alle tjenester fra start

Ifølge Microsoft vil der fra starten ikke være adgang til alle de tjenester, der findes i de større europæiske regioner. Blandt andet vil nogle af de nyeste AI-tjenester først blive tilgængelige på et senere tidspunkt.

Det får en cloudrådgiver, som Spalte har talt med, til at opfordre kunderne til at læse det med småt.

”Det er vigtigt at tjekke, om de tjenester, man bruger, reelt kører i den danske region, eller om nogle af dem sender data videre til andre regioner,” siger han.

## Grøn strøm og overskudsvarme

Datacentrene forsynes ifølge Microsoft med strøm fra vedvarende energikilder, og overskudsvarmen skal på sigt sendes ud i fjernvarmenettet.

Microsoft har ikke oplyst en præcis dato for, hvornår regionen åbner for alle kunder.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Microsoft', 'Datacentre', 'Cloud'],
    related: ['microsoft-haever-priser-paa-cloudlicenser', 'kmd-flytter-kommunale-loesninger-til-danske-datacentre'],
    image: 'cloud',
    hoursAgo: 180,
    views: [12, 22, 30, 48, 84, 76, 180],
  },
  {
    slug: 'kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud',
    section: 'cloud',
    title: 'Kommunerne vil mindske afhængigheden af amerikanske cloudtjenester',
    lead: 'Seks ud af ti kommunale it-chefer arbejder på planer for at gøre sig mindre afhængige af amerikanske leverandører. Men de færreste tror, at det kan lade sig gøre foreløbig.',
    body: `Et flertal af landets kommuner er gået i gang med at undersøge, hvordan de kan gøre sig mindre afhængige af amerikanske cloudleverandører. Det viser en rundspørge, som Spalte har gennemført blandt kommunale it-chefer.

Af de 54 kommuner, der har svaret, oplyser 33, at de har igangsat en analyse eller har en konkret plan for at reducere afhængigheden. Kun fire kommuner svarer, at emnet ikke er på dagsordenen.

## Svært at finde alternativer

Samtidig vurderer langt de fleste it-chefer, at det vil tage mange år at skifte væsentligt ud. Kontorpakke, e-mail og identitetsstyring er de områder, hvor de oplever færrest realistiske alternativer.

”Vi kan godt flytte vores egne servere. Men når det gælder de værktøjer, som 4.000 medarbejdere bruger hver dag, er der ikke et europæisk produkt, vi bare kan skifte til i morgen,” siger it-chefen i en midtjysk kommune.

::related{slug="kmd-flytter-kommunale-loesninger-til-danske-datacentre" label="Læs også"}

## Fælles indsats efterlyses

Flere af de adspurgte peger på, at kommunerne bør gå sammen om at stille krav til leverandørerne, frem for at hver kommune forsøger at løse problemet alene.

Blandt de tiltag, kommunerne oftest nævner, er:

- krav om databehandling i EU i nye udbud
- exitplaner, så data kan flyttes, hvis en leverandør ikke længere kan bruges
- pilotprojekter med open source-løsninger til udvalgte medarbejdergrupper

En talsperson for KL oplyser til Spalte, at emnet vil blive drøftet på det kommende møde i det fælleskommunale digitaliseringsudvalg.`,
    authors: ['rasmus-holm-thygesen', 'sofie-brandt-nielsen'],
    tags: ['Digital suverænitet', 'Kommuner', 'Cloud', 'Open source'],
    related: [
      'kmd-flytter-kommunale-loesninger-til-danske-datacentre',
      'danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud',
    ],
    image: 'cloud',
    hoursAgo: 420,
    views: [5, 6, 8, 8, 10, 9, 12],
  },
  {
    slug: 'cloudregningen-overrasker-danske-it-chefer',
    section: 'cloud',
    title: 'Cloudregningen overrasker danske it-chefer',
    lead: 'Fire ud af ti danske virksomheder har brugt mere på cloud end budgetteret det seneste år. Nu ansætter flere særlige specialister til at holde styr på forbruget.',
    body: `Cloududgifterne løber fra budgettet i mange danske virksomheder. 41 procent af de adspurgte it-chefer i en ny undersøgelse fra it-rådgiveren Skyline Advisory oplyser, at de har brugt mere på cloudtjenester end budgetteret det seneste år.

Den hyppigste forklaring er, at udviklingsteams opretter ressourcer, som ingen efterfølgende lukker ned. Også brugen af AI-tjenester, der afregnes efter forbrug, nævnes af mange som en kilde til overraskelser.

”Det er ikke fordi cloud er dyrt i sig selv. Problemet er, at det er meget let at bruge mere, end man har tænkt sig, og at regningen først kommer bagefter,” siger direktør i Skyline Advisory, Nanna Kragh.

## FinOps bliver en disciplin

Som svar på udfordringen har en række større danske virksomheder oprettet stillinger eller hele teams med ansvar for såkaldt FinOps – en samlebetegnelse for styring af cloudøkonomi på tværs af it og økonomiafdeling.

Hos en dansk produktionsvirksomhed med 2.000 ansatte har et FinOps-team på tre personer ifølge virksomhedens CFO reduceret cloudregningen med 22 procent på et år.

”Vi fandt testmiljøer, der havde kørt i to år uden at blive brugt. Det var penge lige ud ad vinduet,” siger han.

## Tre hurtige gevinster

Ifølge Skyline Advisory kan de fleste virksomheder hente besparelser ved at:

- slukke udviklings- og testmiljøer uden for arbejdstid
- tilpasse størrelsen på virtuelle maskiner til det faktiske forbrug
- binde sig til et forbrug over en længere periode, hvor behovet er stabilt

Undersøgelsen er baseret på svar fra 260 it-chefer i danske virksomheder med mere end 100 ansatte.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Cloud', 'FinOps'],
    related: ['microsoft-haever-priser-paa-cloudlicenser'],
    hoursAgo: 640,
    views: [4, 4, 6, 5, 4, 5, 7],
  },
  {
    slug: 'nedbrud-hos-hostingselskab-sendte-webshops-offline',
    section: 'cloud',
    title: 'Nedbrud hos dansk hostingselskab sendte hundredvis af webshops offline',
    lead: 'En fejl i strømforsyningen i et datacenter i Taastrup tog i ni timer hjemmesider og webshops ned hos kunderne hos Nordhavn Hosting. Selskabet beklager og lover kompensation.',
    body: `Hundredvis af danske webshops og hjemmesider var utilgængelige i op til ni timer tirsdag, efter at hostingselskabet Nordhavn Hosting ApS blev ramt af et omfattende nedbrud.

Ifølge selskabet skyldtes nedbruddet en fejl i et nødstrømsanlæg i det datacenter i Taastrup, hvor selskabet lejer plads. Da den almindelige strømforsyning blev afbrudt under planlagt vedligehold, slog nødstrømmen ikke til som forventet.

”Det er præcis det scenarie, et nødstrømsanlæg skal beskytte imod, og det gjorde det ikke. Det er ikke godt nok, og det beklager vi over for vores kunder,” siger direktør i Nordhavn Hosting, Kasper Lund.

## Lagersystemer fik skader

Da strømmen vendte tilbage, startede de fleste servere op igen uden problemer. Men en del af selskabets lagersystemer skulle gennemgå en længere kontrol, før data kunne gøres tilgængelige igen, og det forlængede nedbruddet for en del af kunderne.

Ejeren af en webshop med sportsudstyr fortæller til Spalte, at nedbruddet kostede ham en betydelig del af ugens omsætning.

”Vi havde lige sendt et nyhedsbrev ud med tilbud. Kunderne klikkede ind på en side, der ikke virkede,” siger han.

## Kompensation på vej

Nordhavn Hosting oplyser, at kunderne vil få kompensation i overensstemmelse med selskabets serviceaftaler, og at selskabet er i dialog med datacentret om årsagen til fejlen.

Datacentrets ejer har ikke ønsket at kommentere sagen ud over at bekræfte, at der var en fejl i forbindelse med vedligeholdelsesarbejdet.

*Opdateret: Artiklen er opdateret med kommentar fra datacentrets ejer.*`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Nedbrud', 'Datacentre'],
    related: ['danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud'],
    image: 'serverrum',
    hoursAgo: 980,
    updatedHoursAgo: 975,
  },
  {
    slug: 'formpipe-lancerer-cloududgave-til-offentlige-kunder',
    section: 'cloud',
    title: 'Formpipe lancerer cloududgave af sit sagsbehandlingssystem',
    lead: 'Offentlige kunder kan nu få Formpipes løsning til sags- og dokumenthåndtering leveret som en tjeneste. Data opbevares i Norden.',
    body: `Softwarevirksomheden Formpipe lancerer en cloududgave af sin løsning til sags- og dokumenthåndtering, der bruges af en række danske myndigheder. Det oplyser virksomheden til Spalte.

Hidtil har kunderne typisk selv skullet drive løsningen på egne servere eller købe driften af en tredjepart. Med den nye udgave står Formpipe selv for drift, opdateringer og sikkerhedskopiering.

”Mange af vores kunder har færre it-folk, end de havde for ti år siden, og de vil hellere bruge dem på at hjælpe medarbejderne end på at opgradere servere,” siger en talsperson for Formpipe.

## Data bliver i Norden

Ifølge Formpipe opbevares data i datacentre i Norden, og kunderne kan vælge, at de udelukkende skal ligge i Danmark.

For offentlige myndigheder er placeringen af data et centralt spørgsmål, ikke mindst når der er tale om sager med følsomme personoplysninger.

## Arkivering indbygget

Løsningen har desuden indbygget funktionalitet til at aflevere data til Rigsarkivet, hvilket ifølge Formpipe har været en af de hyppigste forespørgsler fra kunderne.

De første kunder forventes at tage cloududgaven i brug i løbet af efteråret. Eksisterende kunder kan fortsætte med den nuværende løsning.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Formpipe', 'Cloud', 'Offentlig digitalisering'],
    related: ['kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud'],
    hoursAgo: 1300,
  },
  {
    slug: 'danske-hostingfirmaer-gaar-sammen-om-suveraen-cloud',
    section: 'cloud',
    title: 'Danske hostingfirmaer går sammen om fælles cloudplatform',
    lead: 'Fem mindre danske hostingvirksomheder vil bygge en fælles platform baseret på open source, som skal kunne konkurrere med de store amerikanske udbydere på suverænitet.',
    body: `Fem danske hostingvirksomheder har indgået et samarbejde om at udvikle en fælles cloudplatform, som kunderne kan bruge på tværs af selskabernes datacentre. Det oplyser selskaberne i en fælles meddelelse.

Platformen skal bygges på open source-software og drives udelukkende fra datacentre i Danmark. Målgruppen er især offentlige organisationer og virksomheder i regulerede brancher.

”Hver for sig er vi for små til at tilbyde det samme som de store udbydere. Men sammen kan vi tilbyde en platform, hvor kunderne ved, hvor deres data er, og hvem der har adgang til dem,” siger direktør i et af selskaberne, Jonas Ravn, der er talsperson for samarbejdet.

::related{slug="kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud" label="Læs også"}

## Fælles standarder

Samarbejdet indebærer, at de fem selskaber forpligter sig til fælles standarder for sikkerhed, drift og dokumentation. Kunderne skal kunne flytte deres løsninger mellem selskaberne uden at skulle bygge dem om.

En cloudrådgiver, som Spalte har talt med, kalder initiativet interessant, men peger på, at det kræver betydelige investeringer.

”Det er ikke nok at kunne levere servere og lagerplads. Kunderne forventer databaser, overvågning og AI-tjenester som en selvfølge. Det tager tid at bygge,” siger han.

Den fælles platform forventes at være klar til de første kunder om et år.`,
    authors: ['rasmus-holm-thygesen'],
    tags: ['Digital suverænitet', 'Open source', 'Datacentre'],
    related: [
      'kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud',
      'kmd-flytter-kommunale-loesninger-til-danske-datacentre',
    ],
    image: 'serverrum',
    hoursAgo: 1750,
  },

  // ---------------------------------------------------------------- Karriere
  {
    slug: 'it-loennen-stiger-mindre-end-forventet',
    section: 'karriere',
    title: 'It-lønningerne stiger mindre end forventet',
    lead: 'Danske it-professionelle fik i gennemsnit 3,1 procent mere i løn det seneste år. Det er den laveste stigning i fem år, men specialister inden for sikkerhed og data trækker fra.',
    body: `Lønfesten i it-branchen er ved at klinge af. Ifølge en ny undersøgelse blandt 2.400 it-professionelle, som rekrutteringsvirksomheden Kodeklar ApS har gennemført, steg gennemsnitslønnen med 3,1 procent det seneste år. Det er den laveste stigning i fem år.

Undersøgelsen viser samtidig store forskelle mellem faggrupperne. Sikkerhedsspecialister og dataingeniører oplevede stigninger på over 5 procent, mens lønnen for supportere og it-projektledere stort set stod stille.

”Markedet er blevet mere nuanceret. Det er ikke længere sådan, at alle med it på cv’et kan stille krav. Men har man de rigtige kompetencer, er der stadig god forhandlingsplads,” siger partner i Kodeklar, Louise Friis.

## Mænd får stadig mere

Undersøgelsen viser også, at kvinder i gennemsnit tjener 6 procent mindre end mænd i sammenlignelige stillinger. Forskellen er en smule mindre end sidste år.

## Sådan ligger lønnen

Den gennemsnitlige månedsløn inklusive pension fordeler sig ifølge undersøgelsen således:

- Udviklere: 58.900 kroner
- Sikkerhedsspecialister: 66.300 kroner
- Dataingeniører: 63.700 kroner
- It-projektledere: 61.200 kroner
- Supportere: 39.800 kroner

Louise Friis forventer, at lønstigningerne vil ligge på nogenlunde samme niveau det kommende år.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Løn', 'Rekruttering'],
    related: ['nis2-driver-loennen-op-for-sikkerhedsspecialister', 'jobopslag-med-ai-kompetencer-er-fordoblet'],
    hoursAgo: 14,
    views: [448, 0, 0, 0, 0, 0, 0],
  },
  {
    slug: 'flere-arbejdsgivere-dropper-krav-om-uddannelse',
    section: 'karriere',
    title: 'Flere it-arbejdsgivere dropper kravet om en lang uddannelse',
    lead: 'I stedet for eksamensbeviser vil virksomheder se, hvad ansøgerne kan. Det åbner døren for selvlærte og folk, der skifter karriere, men stiller nye krav til rekrutteringen.',
    body: `Hver femte jobopslag for udviklere i Danmark stiller ikke længere krav om en videregående uddannelse. For tre år siden var det kun hvert tiende. Det viser en gennemgang af 11.000 jobopslag, som jobportalen Kodejob har foretaget for Spalte.

Tendensen er tydeligst i mindre softwarevirksomheder, men også flere større virksomheder har fjernet uddannelseskravet fra deres opslag.

”Vi har ansat nogle af vores dygtigste udviklere, som aldrig har færdiggjort en uddannelse. Hvis vi havde sorteret efter eksamensbeviser, havde vi aldrig mødt dem,” siger udviklingschef i den københavnske softwarevirksomhed Brovej Software ApS, Rikke Hald.

## Test i stedet for cv

I stedet for at sortere ansøgerne på uddannelse bruger flere virksomheder praktiske opgaver, hvor kandidaterne skal løse et afgrænset problem og efterfølgende forklare deres løsning.

Det kræver mere af virksomhederne, påpeger Rikke Hald.

”Det tager længere tid at gennemgå 40 opgaver end at læse 40 cv’er. Men vi træffer bedre beslutninger,” siger hun.

## Uddannelse er stadig en fordel

Selvom kravet forsvinder fra opslagene, har ansøgere med en it-uddannelse fortsat en fordel. Ifølge gennemgangen har 78 procent af de udviklere, der blev ansat gennem portalen sidste år, en videregående uddannelse.

For karriereskiftere anbefaler Rikke Hald at bygge en portefølje af projekter, som kan vises frem.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Rekruttering', 'Uddannelse'],
    related: ['andelen-af-kvinder-paa-it-uddannelser-staar-stille'],
    image: 'moede',
    hoursAgo: 150,
    views: [14, 22, 26, 40, 62, 196, 320],
  },
  {
    slug: 'jobopslag-med-ai-kompetencer-er-fordoblet',
    section: 'karriere',
    title: 'Antallet af jobopslag med krav om AI-kompetencer er fordoblet',
    lead: 'Det er ikke kun dataspecialister, der skal kunne arbejde med kunstig intelligens. Også projektledere, jurister og marketingfolk bliver nu bedt om AI-erfaring.',
    body: `Antallet af danske jobopslag, der nævner kunstig intelligens som en del af stillingen, er mere end fordoblet på et år. Det viser en analyse af jobopslag, som Spalte har fået udarbejdet af analysevirksomheden Jobindsigt.

Mens AI tidligere næsten udelukkende blev nævnt i opslag for dataforskere og udviklere, optræder det nu også i opslag for projektledere, jurister, kommunikationsfolk og sagsbehandlere.

”Virksomhederne forventer ikke, at en projektleder kan træne en sprogmodel. Men de forventer, at man kan vurdere, hvor AI giver mening, og hvor det ikke gør,” siger analysechef i Jobindsigt, Frederik Nørgaard.

## Hvad menes der med AI-kompetencer?

Ifølge analysen dækker begrebet over meget forskellige ting. De hyppigste formuleringer i opslagene er:

- erfaring med at bruge generative AI-værktøjer i det daglige arbejde
- forståelse for de juridiske rammer, herunder EU's AI-forordning
- erfaring med at udvikle eller integrere AI-løsninger

::related{slug="it-chefer-under-pres-for-at-vise-gevinster-ved-ai" label="Læs også"}

## Uddannelserne halter

Flere af de virksomheder, Spalte har talt med, oplever, at nyuddannede sjældent har arbejdet struktureret med AI i deres uddannelse.

Frederik Nørgaard forventer, at AI-kompetencer om få år vil blive betragtet som en selvfølge på linje med kendskab til regneark.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Kunstig intelligens', 'Rekruttering'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai', 'danske-bank-samler-ai-udvikling-i-ny-enhed'],
    hoursAgo: 380,
    views: [7, 8, 6, 11, 10, 8, 12],
  },
  {
    slug: 'netcompany-vil-ansaette-300-nyuddannede',
    section: 'karriere',
    title: 'Netcompany vil ansætte 300 nyuddannede i år',
    lead: 'It-konsulenthuset fastholder sin store satsning på kandidater direkte fra universiteterne, selvom markedet for it-konsulenter er blevet mere afdæmpet.',
    body: `Netcompany forventer at ansætte omkring 300 nyuddannede kandidater i Danmark i løbet af året. Det oplyser en talsperson for virksomheden til Spalte.

Antallet er på niveau med sidste år, selvom flere andre konsulenthuse har skruet ned for rekrutteringen i takt med, at efterspørgslen efter konsulenter er blevet mere afdæmpet.

”Nyuddannede er grundstammen i vores forretning. De kommer med nye idéer og lærer hurtigt. Vi ansætter til de projekter, vi har i dag, men også til dem, vi regner med at vinde om to år,” siger talspersonen.

## Et intensivt første år

De nyansatte starter på et introduktionsforløb, hvor de blandt andet undervises i virksomhedens udviklingsmetoder, før de bliver tilknyttet et kundeprojekt.

Flere tidligere medarbejdere, som Spalte har talt med, beskriver det første år som krævende, men lærerigt.

”Man får meget ansvar meget hurtigt. Det passer ikke til alle, men jeg lærte mere det første år end på hele min uddannelse,” siger en udvikler, der i dag arbejder i en anden virksomhed.

## Konkurrence om de bedste

Ifølge universiteterne er efterspørgslen efter datalogi- og softwarekandidater fortsat høj, og mange studerende har et job, inden de har afleveret deres speciale.

Netcompany rekrutterer primært fra DTU, Københavns Universitet, Aarhus Universitet, Aalborg Universitet og IT-Universitetet.`,
    authors: ['anders-moerk-jakobsen', 'jesper-kildegaard'],
    tags: ['Netcompany', 'Rekruttering', 'Uddannelse'],
    related: ['trifork-aabner-udviklingskontor-i-aalborg', 'flere-arbejdsgivere-dropper-krav-om-uddannelse'],
    image: 'moede',
    hoursAgo: 600,
  },
  {
    slug: 'it-folk-vil-hellere-skifte-job-end-moede-ind-hver-dag',
    section: 'karriere',
    title: 'It-folk vil hellere skifte job end møde ind på kontoret hver dag',
    lead: 'Seks ud af ti it-medarbejdere vil overveje at sige op, hvis arbejdsgiveren fjerner muligheden for hjemmearbejde. Det viser en ny undersøgelse.',
    body: `Hjemmearbejde er blevet en af de vigtigste arbejdsvilkår for danske it-medarbejdere. I en ny undersøgelse blandt 1.800 it-professionelle, som Spalte har gennemført sammen med analyseinstituttet Kvantum Analyse, svarer 61 procent, at de vil overveje at skifte job, hvis de skal møde fysisk ind fem dage om ugen.

Flest svarer, at to eller tre hjemmearbejdsdage om ugen er det ideelle.

”Jeg bruger to timer om dagen på transport, når jeg skal ind. De dage, jeg arbejder hjemme, når jeg mere, og jeg har overskud til min familie,” siger en udvikler i en større finansvirksomhed.

## Ledere ser ulemper

Blandt lederne i undersøgelsen er billedet mere blandet. Mange ledere peger på, at det er sværere at oplære nye medarbejdere og at opbygge fællesskab, når teamet sjældent er samlet.

”Erfarne udviklere klarer sig fint derhjemme. Men de nyuddannede har brug for at sidde ved siden af nogen, der kan svare på spørgsmål,” siger en it-chef i en produktionsvirksomhed.

## Faste mødedage

En løsning, som flere virksomheder har valgt, er faste mødedage, hvor hele teamet er på kontoret samtidig. Ifølge undersøgelsen er det den ordning, medarbejderne er mest tilfredse med.

Undersøgelsen viser også, at muligheden for hjemmearbejde betyder mere for medarbejdere med børn end for de yngste medarbejdere.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Hjemmearbejde', 'Arbejdsmiljø'],
    related: ['odense-softwarehus-indfoerer-firedages-arbejdsuge'],
    hoursAgo: 850,
  },
  {
    slug: 'andelen-af-kvinder-paa-it-uddannelser-staar-stille',
    section: 'karriere',
    title: 'Andelen af kvinder på it-uddannelserne står stille',
    lead: 'Trods mange initiativer er kun hver femte nye studerende på de danske it-uddannelser en kvinde. Universiteterne efterlyser hjælp fra både folkeskolen og branchen.',
    body: `Andelen af kvinder blandt de nye studerende på de videregående it-uddannelser har ligget stort set uændret omkring 21 procent de seneste fem år. Det viser tal fra Uddannelses- og Forskningsministeriet, som Spalte har gennemgået.

Tallene dækker over store forskelle mellem uddannelserne. På uddannelser, der kombinerer it med design, sundhed eller forretning, er kvinderne i flertal, mens de på de klassiske datalogi- og softwareuddannelser udgør under hver sjette studerende.

”Vi har mange gode initiativer, men de rykker ikke nok. Valget bliver ofte truffet meget tidligere, allerede i folkeskolen,” siger en studieleder på et dansk universitet.

## Rollemodeller og sommerskoler

Flere universiteter har de seneste år afholdt sommerskoler og åbent hus-arrangementer målrettet piger i gymnasiet. Erfaringerne er gode, men deltagertallet er lille.

Også i branchen efterlyses der handling. Organisationer, der arbejder for flere kvinder i it, peger på, at virksomhederne i højere grad bør vise, hvor forskellige job i it kan være.

”Mange forestiller sig stadig en programmør alene foran en skærm. Men størstedelen af it-jobs handler om at forstå mennesker og løse deres problemer,” siger formand for netværket Kvinder i Kode, Ida Marstrand.

## Betydning for mangel på arbejdskraft

Ifølge branchen er den lave andel af kvinder en af årsagerne til, at det er svært at rekruttere nok it-specialister. Hvis andelen af kvinder på it-uddannelserne var den samme som på de øvrige naturvidenskabelige uddannelser, ville der hvert år blive uddannet flere hundrede ekstra kandidater.`,
    authors: ['anders-moerk-jakobsen'],
    tags: ['Diversitet', 'Uddannelse'],
    related: ['flere-arbejdsgivere-dropper-krav-om-uddannelse'],
    hoursAgo: 1200,
  },
  {
    slug: 'nis2-driver-loennen-op-for-sikkerhedsspecialister',
    section: 'karriere',
    title: 'NIS2 driver lønnen op for sikkerhedsspecialister',
    lead: 'De nye krav til cybersikkerhed har skabt en kamp om folk, der kan lave risikovurderinger og beredskabsplaner. Især erfarne specialister kan nu stille krav.',
    body: `Efterspørgslen efter specialister i informationssikkerhed er steget markant, efter at NIS2-reglerne har pålagt tusindvis af danske virksomheder nye krav til cybersikkerhed. Det fortæller flere rekrutteringsfirmaer til Spalte.

Især personer med erfaring i risikovurdering, beredskabsplanlægning og leverandørstyring er eftertragtede. Ifølge rekrutteringsfirmaet Kodeklar ligger lønnen for en erfaren sikkerhedsspecialist nu ofte 10–15 procent over niveauet for to år siden.

”Der er mange virksomheder, der for første gang skal have en person, der ejer sikkerheden. Og de konkurrerer om de samme få kandidater,” siger partner i Kodeklar, Louise Friis.

## Flere skifter spor

Den store efterspørgsel har fået flere it-medarbejdere til at skifte spor. Både tidligere netværksteknikere, revisorer og jurister søger ind i sikkerhedsfaget.

Ifølge Louise Friis er det en god idé, men det kræver, at virksomhederne er villige til at investere i oplæring.

”Det er ikke nødvendigvis den mest tekniske profil, der er den bedste. Meget af arbejdet handler om at kunne forklare risici for en ledelse og få ting gennemført,” siger hun.

## Mindre virksomheder køber sig til hjælp

For mindre virksomheder, der ikke kan betale for en fuldtidsansat specialist, er løsningen ofte at købe hjælp hos en rådgiver, der fungerer som ekstern sikkerhedschef nogle dage om måneden.`,
    authors: ['anders-moerk-jakobsen', 'mette-lykke-andersen'],
    tags: ['NIS2', 'Løn', 'Rekruttering'],
    related: ['hver-tredje-virksomhed-er-ikke-klar-til-nis2', 'it-loennen-stiger-mindre-end-forventet'],
    hoursAgo: 1650,
  },

  // ---------------------------------------------------------------- Offentlig IT
  {
    slug: 'rigsrevisionen-kritiserer-forsinket-ydelsessystem',
    section: 'offentlig-it',
    title: 'Rigsrevisionen: Nyt ydelsessystem er tre år forsinket og 180 millioner dyrere',
    lead: 'I en ny beretning kritiserer Rigsrevisionen styringen af et stort it-projekt i Styrelsen for Tilskud og Ydelser. Ministeriet har ikke grebet ind i tide, lyder vurderingen.',
    body: `Et nyt it-system til udbetaling af ydelser i Styrelsen for Tilskud og Ydelser er tre år forsinket og forventes at koste 180 millioner kroner mere end oprindeligt budgetteret. Det fremgår af en beretning, som Rigsrevisionen har offentliggjort i dag.

Rigsrevisionen kritiserer både styrelsen og det ansvarlige ministerium for ikke at have reageret tilstrækkeligt, da projektet begyndte at skride.

”Projektet har gennem flere år været rapporteret som værende i gul eller rød risiko, uden at det har ført til en grundlæggende revurdering,” skriver Rigsrevisionen i beretningen.

## Kravene ændrede sig undervejs

Ifølge beretningen skyldes en stor del af forsinkelsen, at kravene til systemet blev ændret flere gange undervejs, blandt andet som følge af ny lovgivning. Leverandøren har derfor skullet udvikle dele af løsningen flere gange.

Rigsrevisionen peger desuden på, at styrelsen i perioder har manglet medarbejdere med erfaring i at styre store it-projekter.

## Dette kritiserer Rigsrevisionen

Beretningen fremhæver især tre forhold:

- at businesscasen ikke er blevet opdateret, selvom forudsætningerne har ændret sig væsentligt
- at ministeriet ikke har fulgt op på de risikovurderinger, der er indsendt til Statens It-råd
- at styrelsen har forlænget kontrakten med leverandøren uden at vurdere alternativer

::related{slug="staten-samler-it-driften-for-flere-ministerier" label="Læs også"}

En talsperson for ministeriet oplyser i en skriftlig kommentar til Spalte, at ministeriet ”tager beretningen til efterretning” og allerede har styrket projektorganisationen.

Beretningen skal nu behandles af Statsrevisorerne.

*Opdateret: Artiklen er opdateret med kommentar fra ministeriet.*`,
    authors: ['line-vestergaard'],
    tags: ['Rigsrevisionen', 'It-projekter', 'Offentlig digitalisering'],
    related: ['staten-samler-it-driften-for-flere-ministerier', 'teknisk-gaeld-koster-danske-virksomheder-dyrt'],
    image: 'offentlig-it',
    hoursAgo: 46,
    updatedHoursAgo: 30,
    views: [62, 258, 0, 0, 0, 0, 0],
  },
  {
    slug: 'mitid-erhverv-faar-ny-loesning-til-fuldmagter',
    section: 'offentlig-it',
    title: 'MitID Erhverv får ny løsning til fuldmagter',
    lead: 'Revisorer, bogholdere og andre, der handler på vegne af en virksomhed, skal fremover have en fuldmagt gennem en ny fælles løsning. Digitaliseringsstyrelsen lover færre blanketter.',
    body: `Digitaliseringsstyrelsen lancerer en ny løsning til fuldmagter i MitID Erhverv, som skal gøre det enklere for virksomheder at give eksempelvis deres revisor eller bogholder adgang til offentlige selvbetjeningsløsninger. Det oplyser styrelsen til Spalte.

I dag skal virksomheder i mange tilfælde give fuldmagt i hver enkelt løsning for sig. Med den nye løsning kan fuldmagten gives ét sted og gælde på tværs af de tilsluttede myndigheder.

”Vi har hørt fra mange små virksomheder, at det er besværligt at finde ud af, hvor de skal give fuldmagt. Nu kan de gøre det ét sted og se, hvem der har adgang til hvad,” siger en kontorchef i Digitaliseringsstyrelsen.

## Udrulles gradvist

Løsningen tages i første omgang i brug af en håndfuld statslige myndigheder, og flere vil blive tilsluttet over de kommende år. Eksisterende fuldmagter fortsætter med at gælde.

Brancheorganisationer for revisorer og bogholdere har længe efterspurgt en fælles løsning.

”Det er et skridt i den rigtige retning. Men det har kun værdi, når de store løsninger hos skattemyndighederne og Erhvervsstyrelsen er med,” siger en talsperson for en brancheorganisation.

## Sikkerhed i fokus

Ifølge styrelsen bliver det også lettere at tilbagekalde en fuldmagt, for eksempel når en virksomhed skifter revisor. Fuldmagter kan desuden gives for en begrænset periode.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['MitID', 'Offentlig digitalisering'],
    related: ['falske-mitid-beskeder-gaar-efter-pensionister'],
    image: 'offentlig-it',
    hoursAgo: 100,
    views: [18, 28, 52, 108, 144, 0, 0],
  },
  {
    slug: 'skatteforvaltningen-sender-stort-it-udbud-paa-gaden',
    section: 'offentlig-it',
    title: 'Skatteforvaltningen sender stort it-udbud på gaden',
    lead: 'Et nyt udbud om udvikling og vedligehold af skattesystemer har en anslået værdi på op mod 1,2 milliarder kroner. Det bliver delt i fire dele for at give flere leverandører en chance.',
    body: `Skatteforvaltningen har sendt et af årets største offentlige it-udbud på gaden. Udbuddet omfatter udvikling og vedligehold af en række systemer, der bruges i forbindelse med personbeskatning, og har en samlet anslået værdi på op til 1,2 milliarder kroner over otte år.

Udbuddet er delt op i fire delaftaler, og den enkelte leverandør kan højst vinde to af dem. Det skal ifølge Skatteforvaltningen sikre konkurrence og mindske afhængigheden af enkelte leverandører.

”Vi har tidligere haft erfaringer med at være meget afhængige af én leverandør. Det vil vi gerne undgå,” siger en vicedirektør i Skatteforvaltningen til Spalte.

## Mindre leverandører inviteres

Opdelingen er også tænkt som en måde at give mindre og mellemstore leverandører mulighed for at byde. Flere af delaftalerne har en størrelse, som ifølge Skatteforvaltningen ligger inden for rækkevidde af danske konsulenthuse med et par hundrede medarbejdere.

Skatteforvaltningen har forud for udbuddet holdt dialogmøder med 14 potentielle leverandører.

## Tidsplan

Fristen for at afgive tilbud er om tre måneder, og kontrakterne forventes underskrevet i begyndelsen af næste år.

Udbuddet sker i en periode, hvor Skatteforvaltningen er i gang med at modernisere en lang række af sine ældre systemer, som det har været dyrt at holde i live.`,
    authors: ['line-vestergaard'],
    tags: ['SKAT', 'Udbud', 'Offentlig digitalisering'],
    related: ['netcompany-vinder-kontrakt-om-ny-tilskudsplatform'],
    image: 'offentlig-it',
    hoursAgo: 300,
  },
  {
    slug: 'region-hovedstaden-vaelger-ny-leverandoer-til-patientapp',
    section: 'offentlig-it',
    title: 'Region Hovedstaden vælger ny leverandør til patientapp',
    lead: 'Regionens nye app skal samle tidsbestillinger, beskeder og videokonsultationer ét sted. Kontrakten er gået til et dansk-svensk konsortium.',
    body: `Region Hovedstaden har valgt et dansk-svensk konsortium til at udvikle regionens nye patientapp. Det oplyser regionen i en pressemeddelelse.

Appen skal samle en række funktioner, som i dag er spredt ud over flere løsninger. Patienterne skal blandt andet kunne se og flytte aftaler, skrive med afdelingen, deltage i videokonsultationer og udfylde spørgeskemaer før et ambulant besøg.

”Patienterne skal ikke kunne mærke, hvilket system der ligger bagved. De skal bare kunne se, hvornår de skal komme, og hvem de kan kontakte,” siger en centerdirektør i regionens it-organisation.

## Tilgængelighed et krav

Ifølge regionen har tilgængelighed vægtet højt i udbuddet. Appen skal kunne bruges af patienter med nedsat syn og af patienter, der ikke taler dansk.

Kontrakten har en værdi af 85 millioner kroner over fem år med mulighed for forlængelse.

## Skal spille sammen med journalsystemet

Den nye app skal hente oplysninger fra regionens elektroniske patientjournal. Det har ifølge regionen været en af de største udfordringer i udbuddet at sikre, at integrationen kan leve op til kravene til sikkerhed og svartider.

De første funktioner forventes at blive tilgængelige for patienterne næste år.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Regioner', 'Sundheds-IT', 'Udbud'],
    related: ['region-hovedstaden-oever-cyberangreb-paa-hospitaler'],
    hoursAgo: 540,
    views: [2, 2, 4, 3, 4, 3, 2],
  },
  {
    slug: 'digitaliseringsstyrelsen-udgiver-ai-vejledning-til-kommuner',
    section: 'offentlig-it',
    title: 'Ny vejledning skal hjælpe kommunerne med at bruge AI',
    lead: 'Digitaliseringsstyrelsen og kommunerne har udarbejdet en fælles vejledning om brug af generativ AI i sagsbehandlingen. Den trækker klare grænser for, hvad AI ikke må.',
    body: `Digitaliseringsstyrelsen har sammen med KL udgivet en vejledning, der skal hjælpe kommunerne med at bruge generativ kunstig intelligens ansvarligt. Det oplyser styrelsen til Spalte.

Vejledningen skelner mellem opgaver, hvor AI kan bruges som støtte, og opgaver, hvor det ikke må bruges. Eksempelvis må AI gerne bruges til at opsummere lange dokumenter eller formulere udkast til breve, men ikke til selvstændigt at træffe afgørelser.

”Der er et stort potentiale, men også en reel risiko for fejl. Vejledningen skal gøre det tydeligt, at det altid er en medarbejder, der har ansvaret for afgørelsen,” siger en kontorchef i Digitaliseringsstyrelsen.

## Borgerne skal kunne se det

Ifølge vejledningen bør kommunerne oplyse borgerne, når AI har været brugt i behandlingen af deres sag. Kommunerne opfordres også til at føre en oversigt over, hvilke AI-løsninger de bruger.

## Kommunerne efterspurgte klarhed

Flere kommuner har sat deres AI-projekter på pause, fordi de var usikre på de juridiske rammer, fortæller en digitaliseringschef i en nordjysk kommune.

”Vi har haft medarbejdere, der gerne ville bruge værktøjerne, men vi har ikke turdet sige ja, før vi vidste, hvor grænserne gik,” siger hun.

Vejledningen vil blive opdateret, når flere af reglerne i EU's AI-forordning træder i kraft.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Kunstig intelligens', 'Kommuner', 'Offentlig digitalisering'],
    related: [
      'kommuner-vil-mindske-afhaengighed-af-amerikansk-cloud',
      'it-chefer-under-pres-for-at-vise-gevinster-ved-ai',
    ],
    image: 'offentlig-it',
    hoursAgo: 760,
  },
  {
    slug: 'ny-hjaelp-til-borgere-der-staar-uden-for-det-digitale',
    section: 'offentlig-it',
    title: 'Ny hjælp til borgere, der står uden for det digitale',
    lead: 'Omkring 250.000 danskere bruger ikke MitID eller Digital Post. Et nyt forsøg i seks kommuner skal gøre det lettere at få hjælp ved skranken.',
    body: `Seks kommuner går i gang med et forsøg, hvor borgere, der har svært ved at bruge digitale løsninger, kan få personlig hjælp til alt fra MitID til Digital Post ét sted. Det oplyser Digitaliseringsstyrelsen, der står bag forsøget sammen med KL.

Ifølge styrelsens egne opgørelser er der omkring 250.000 voksne danskere, der ikke bruger de offentlige digitale løsninger, og endnu flere, der kun bruger dem med hjælp fra familie eller venner.

”Det digitale skal ikke være en barriere for at få den hjælp, man har ret til. Derfor skal der være et sted, hvor man kan komme og få hjælp af en person,” siger en chefkonsulent i Digitaliseringsstyrelsen.

## Hjælp uden tidsbestilling

I forsøgskommunerne vil borgerne kunne møde op i borgerservice uden at bestille tid og få hjælp til eksempelvis at oprette MitID, læse post fra det offentlige eller give en pårørende fuldmagt.

Ældre Sagen hilser initiativet velkommen, men efterlyser en mere permanent løsning.

”Det er godt med et forsøg. Men de mennesker, det handler om, har brug for hjælpen hver uge, ikke kun i en forsøgsperiode,” siger en konsulent i organisationen.

## Evalueres efter et år

Forsøget løber i et år og vil derefter blive evalueret. Hvis erfaringerne er gode, kan ordningen blive udbredt til flere kommuner.`,
    authors: ['sofie-brandt-nielsen'],
    tags: ['Digital inklusion', 'MitID', 'Offentlig digitalisering'],
    related: ['falske-mitid-beskeder-gaar-efter-pensionister', 'mitid-erhverv-faar-ny-loesning-til-fuldmagter'],
    hoursAgo: 1050,
  },
  {
    slug: 'staten-samler-it-driften-for-flere-ministerier',
    section: 'offentlig-it',
    title: 'Staten samler it-driften for yderligere tre ministerier',
    lead: 'Tre ministerier skal fremover have deres it-drift fra Statens It. Flytningen skal spare penge og styrke sikkerheden, men medarbejderne er bekymrede.',
    body: `Yderligere tre ministerier skal have deres grundlæggende it-drift samlet i Statens It. Det har regeringen besluttet som en del af en bredere plan for at styrke cybersikkerheden i staten. Det oplyser Finansministeriet i en pressemeddelelse.

Flytningen omfatter arbejdspladser, servere og netværk i ministeriernes departementer og en række af deres styrelser. Omkring 140 it-medarbejdere forventes at blive overført til Statens It.

”Med en samlet drift kan vi bedre beskytte os mod de trusler, vi ser, og vi kan bruge vores specialister mere effektivt,” skriver Finansministeriet i meddelelsen.

## Tidligere kritik

Samlingen af statens it-drift har tidligere været udfordret. Ved tidligere flytninger har brugerne oplevet problemer med adgang og support i en overgangsperiode.

En tillidsrepræsentant for it-medarbejderne i et af de berørte ministerier siger til Spalte, at medarbejderne er bekymrede for, om den lokale viden forsvinder.

”Vi kender vores systemer og vores brugere. Det er ikke noget, man bare flytter i en kasse,” siger han.

## Fire år

Flytningen skal ske gradvist over de kommende fire år. Ifølge Finansministeriet vil der blive lagt vægt på at lære af de tidligere flytninger, blandt andet ved at teste grundigt, inden brugerne flyttes.

Beslutningen ændrer ikke på, at de enkelte ministerier fortsat selv har ansvaret for deres fagsystemer.`,
    authors: ['line-vestergaard'],
    tags: ['Outsourcing', 'Offentlig digitalisering', 'It-drift'],
    related: ['rigsrevisionen-kritiserer-forsinket-ydelsessystem', 'virksomheder-henter-it-hjem-fra-outsourcing'],
    image: 'offentlig-it',
    hoursAgo: 1450,
  },

  // ---------------------------------------------------------------- Ledelse
  {
    slug: 'nordstjerne-forsikring-henter-ny-it-direktoer-i-bankverdenen',
    section: 'ledelse',
    title: 'Nordstjerne Forsikring henter ny it-direktør i bankverdenen',
    lead: 'Karina Ulstrup bliver ny CIO i Nordstjerne Forsikring. Hun skal stå i spidsen for en modernisering af selskabets kernesystemer, der skal være færdig inden 2029.',
    body: `Nordstjerne Forsikring har ansat Karina Ulstrup som ny it-direktør og medlem af koncernledelsen. Det oplyser selskabet i en pressemeddelelse. Hun tiltræder 1. maj.

Karina Ulstrup kommer fra en stilling som it-chef for kundesystemerne i en nordisk bank, hvor hun har været i ti år. Hun afløser Jens Otto Kragelund, som går på pension efter 17 år i selskabet.

”Vi står foran en stor opgave med at modernisere vores kernesystemer, og Karina har erfaring med præcis den slags forandringer fra bankverdenen,” siger Nordstjerne Forsikrings administrerende direktør, Peter Lindholm.

## Gamle systemer skal udskiftes

Nordstjerne Forsikring har i årevis kørt sine policer og skadesager på et system, der blev udviklet i 1990’erne. Selskabet besluttede sidste år at udskifte det med en standardplatform, som skal være fuldt i drift i 2029.

”Det bliver et af de største projekter i selskabets historie. Jeg glæder mig til at komme i gang og til at møde de mange dygtige medarbejdere,” siger Karina Ulstrup.

## Fokus på AI og kundeoplevelse

Ud over moderniseringen skal den nye it-direktør stå i spidsen for selskabets arbejde med kunstig intelligens, blandt andet til behandling af skadesanmeldelser.

Nordstjerne Forsikring har omkring 1.100 medarbejdere, heraf 230 i it-afdelingen.`,
    authors: ['camilla-eskildsen'],
    tags: ['CIO', 'Finanssektoren'],
    related: ['it-chefer-under-pres-for-at-vise-gevinster-ved-ai', 'teknisk-gaeld-koster-danske-virksomheder-dyrt'],
    image: 'moede',
    hoursAgo: 27,
    views: [176, 230, 0, 0, 0, 0, 0],
  },
  {
    slug: 'bestyrelser-halter-efter-paa-cybersikkerhed',
    section: 'ledelse',
    title: 'Bestyrelserne halter efter, når det gælder cybersikkerhed',
    lead: 'Kun hver tredje bestyrelse i større danske virksomheder har drøftet cybersikkerhed mere end én gang det seneste år. Det er for lidt, mener eksperter.',
    body: `Selvom cyberangreb i dag betragtes som en af de største forretningsrisici, er emnet kun sjældent på dagsordenen i mange danske bestyrelser. Det viser en undersøgelse blandt 190 bestyrelsesmedlemmer i virksomheder med mere end 250 ansatte, som netværket Bestyrelsesforum har gennemført.

Kun 34 procent svarer, at bestyrelsen har drøftet cybersikkerhed mere end én gang det seneste år. Og under halvdelen mener, at de har den nødvendige viden til at stille kritiske spørgsmål til direktionen om emnet.

”Det er ikke nok at få en præsentation om it-sikkerhed en gang om året. Bestyrelsen skal forstå, hvilke risici virksomheden løber, og hvad der gøres for at reducere dem,” siger professionelt bestyrelsesmedlem og tidligere it-direktør Lene Kold.

## Personligt ansvar

Med NIS2-reglerne har ledelsen i mange virksomheder fået et personligt ansvar for cybersikkerheden. Det har ifølge undersøgelsen fået flere bestyrelser til at opprioritere emnet, men langt fra alle.

::related{slug="hver-tredje-virksomhed-er-ikke-klar-til-nis2" label="Læs også"}

## Gode spørgsmål at stille

Lene Kold anbefaler, at bestyrelsen som minimum får svar på:

- Hvilke systemer og data er mest kritiske for forretningen?
- Hvor hurtigt kan vi være oppe at køre igen efter et ransomwareangreb?
- Hvornår har vi sidst testet vores beredskabsplan?
- Hvilke leverandører har adgang til vores systemer?

”Hvis direktionen ikke kan svare klart på de spørgsmål, er det et tegn på, at der er noget, der skal gøres,” siger hun.`,
    authors: ['camilla-eskildsen'],
    tags: ['Bestyrelser', 'NIS2', 'Ransomware'],
    related: [
      'hver-tredje-virksomhed-er-ikke-klar-til-nis2',
      'ransomware-lammer-produktion-hos-midtjysk-plastvirksomhed',
    ],
    hoursAgo: 200,
    views: [9, 12, 15, 18, 26, 42, 78],
  },
  {
    slug: 'virksomheder-henter-it-hjem-fra-outsourcing',
    section: 'ledelse',
    title: 'Flere virksomheder henter it-opgaver hjem fra outsourcing',
    lead: 'Efter år med outsourcing vælger flere danske virksomheder at tage udvalgte it-opgaver tilbage i eget hus. Det handler om kontrol, men ikke nødvendigvis om at spare penge.',
    body: `En stigende andel af danske virksomheder vælger at hente it-opgaver hjem, som tidligere er blevet outsourcet. Det viser en undersøgelse blandt 230 it-chefer, som rådgivningsvirksomheden Sourcevej ApS har gennemført.

27 procent af de adspurgte svarer, at de inden for de seneste to år har hentet en eller flere it-opgaver tilbage i eget hus. Det gælder især udvikling af forretningskritiske systemer, mens drift af servere og arbejdspladser oftere forbliver hos en leverandør.

”Mange outsourcede for ti år siden for at spare penge. I dag handler diskussionen mere om, hvilke kompetencer man skal eje selv for at kunne udvikle forretningen,” siger partner i Sourcevej, Mads Overgaard.

## Ikke nødvendigvis billigere

Ifølge undersøgelsen er det sjældent besparelser, der driver beslutningen. De hyppigste begrundelser er behovet for hurtigere udvikling, utilfredshed med leverandørens kvalitet og et ønske om større kontrol med sikkerheden.

En it-direktør i en dansk detailkæde, der for nylig har hentet sin e-handelsplatform hjem, siger til Spalte, at det har været dyrere end forventet.

”Vi skulle ansætte 25 udviklere på et år. Det var hårdt. Men i dag kan vi lave ændringer på dage, som før tog måneder,” siger han.

## Leverandørstyring er stadig vigtig

Mads Overgaard understreger, at de fleste virksomheder fortsat vil have en blanding af interne og eksterne ressourcer.

”Det handler ikke om outsourcing eller insourcing. Det handler om at vide, hvad man selv skal kunne, og at styre sine leverandører ordentligt,” siger han.`,
    authors: ['camilla-eskildsen'],
    tags: ['Outsourcing', 'Leverandørstyring'],
    related: ['staten-samler-it-driften-for-flere-ministerier', 'teknisk-gaeld-koster-danske-virksomheder-dyrt'],
    image: 'moede',
    hoursAgo: 450,
  },
  {
    slug: 'it-chefer-under-pres-for-at-vise-gevinster-ved-ai',
    section: 'ledelse',
    title: 'It-chefer under pres for at vise gevinster ved AI',
    lead: 'Efter to år med forsøg og pilotprojekter vil direktionerne nu se resultater. Mange it-chefer har svært ved at dokumentere, hvad investeringerne i kunstig intelligens har givet.',
    body: `Begejstringen for kunstig intelligens er i mange danske virksomheder blevet afløst af et krav om dokumenterede resultater. Det fortæller flere it-chefer til Spalte.

I en rundspørge blandt 140 danske it-chefer svarer 62 procent, at de er blevet bedt om at dokumentere gevinsterne ved virksomhedens AI-projekter. Kun hver femte mener, at de har gode tal at vise frem.

”Vi har brugt meget tid på at teste værktøjer, og medarbejderne er glade for dem. Men når direktøren spørger, hvor mange penge vi har sparet, er det svært at give et præcist svar,” siger it-chefen i en dansk logistikvirksomhed.

## Tid er ikke det samme som penge

En af udfordringerne er, at mange AI-værktøjer sparer medarbejderne tid i små bidder, som ikke umiddelbart kan omsættes til besparelser.

Ifølge ledelsesrådgiver Signe Thorup fra rådgivningsvirksomheden Fjordlys Advisory skal virksomhederne i højere grad vælge få projekter, hvor gevinsten kan måles.

”Det giver mere mening at tage én proces og gøre den markant bedre end at give alle medarbejdere et værktøj og håbe på det bedste,” siger hun.

## Sådan måler de bedste

De virksomheder, der lykkes med at dokumentere gevinster, har ifølge Signe Thorup typisk:

- målt på processen, før AI blev taget i brug
- valgt tydelige mål som behandlingstid eller fejlrate
- sat en ansvarlig fra forretningen, ikke kun fra it, i spidsen for projektet

Hun forventer, at flere virksomheder vil skære ned i antallet af AI-værktøjer i løbet af det kommende år.`,
    authors: ['camilla-eskildsen'],
    tags: ['Kunstig intelligens', 'CIO'],
    related: ['jobopslag-med-ai-kompetencer-er-fordoblet', 'danske-bank-samler-ai-udvikling-i-ny-enhed'],
    hoursAgo: 690,
    views: [4, 3, 6, 7, 4, 5, 6],
  },
  {
    slug: 'kmd-samler-forretningen-i-tre-enheder',
    section: 'ledelse',
    title: 'KMD samler forretningen i tre enheder',
    lead: 'Den ny organisering skal gøre KMD hurtigere og tættere på kunderne. Et mindre antal lederstillinger nedlægges, oplyser virksomheden.',
    body: `KMD ændrer sin organisation og samler fremover forretningen i tre enheder: en for kommuner, en for stat og regioner og en for private kunder. Det oplyser virksomheden i en meddelelse til medarbejderne, som en talsperson har bekræftet over for Spalte.

Hver enhed får sin egen ledelse med ansvar for både salg, udvikling og drift af de løsninger, der hører til enheden.

”Vi vil gerne være tættere på vores kunder og kunne træffe beslutninger hurtigere. Det er lettere, når de mennesker, der udvikler løsningerne, sidder i samme enhed som dem, der taler med kunderne,” siger talspersonen.

## Færre ledere

Som følge af den nye organisering nedlægges et mindre antal lederstillinger. Hvor mange, ønsker KMD ikke at oplyse, men ifølge talspersonen er der ikke tale om afskedigelser blandt medarbejdere uden ledelsesansvar.

## Velkendt mønster

Omorganiseringen følger et mønster, der ses i flere store it-virksomheder, hvor man bevæger sig væk fra organisationer opdelt efter funktioner og hen imod enheder, der har ansvaret for hele værdikæden for en kundegruppe.

En organisationsforsker, som Spalte har talt med, påpeger, at den slags omorganiseringer ofte tager længere tid at få til at virke end forventet.

”Det er relativt let at tegne et nyt organisationsdiagram. Det svære er at ændre de måder, man samarbejder på i praksis,” siger hun.

Den nye organisation træder i kraft ved begyndelsen af næste kvartal.`,
    authors: ['jesper-kildegaard', 'camilla-eskildsen'],
    tags: ['KMD', 'Organisation'],
    related: ['kmd-flytter-kommunale-loesninger-til-danske-datacentre'],
    hoursAgo: 920,
  },
  {
    slug: 'teknisk-gaeld-koster-danske-virksomheder-dyrt',
    section: 'ledelse',
    title: 'Teknisk gæld æder it-budgetterne',
    lead: 'Danske it-afdelinger bruger i gennemsnit en tredjedel af deres budget på at holde gamle systemer kørende. Ledelserne undervurderer problemet, mener it-cheferne.',
    body: `Gamle systemer, forældet kode og hurtige løsninger, der aldrig blev gjort ordentligt færdige, lægger beslag på en stor del af de danske it-budgetter. I en ny undersøgelse blandt 200 it-chefer, gennemført af Fjordlys Advisory, anslår cheferne, at de i gennemsnit bruger 33 procent af budgettet på at håndtere såkaldt teknisk gæld.

Samtidig svarer 71 procent af it-cheferne, at virksomhedens øvrige ledelse ikke forstår omfanget af problemet.

”Teknisk gæld er usynlig, indtil den ikke er det længere. Så er det pludselig et nedbrud eller et sikkerhedshul, og så er det dyrt,” siger ledelsesrådgiver Signe Thorup fra Fjordlys Advisory.

## Svær at forklare

En af grundene til, at problemet undervurderes, er ifølge undersøgelsen, at teknisk gæld er svær at forklare i forretningstermer. Projekter, der skal rydde op, konkurrerer om de samme midler som nye funktioner, som forretningen efterspørger.

”Ingen har nogensinde fået et klap på skulderen for at opgradere en database. Men det er ofte det vigtigste, vi laver,” siger it-chefen i en mellemstor dansk industrivirksomhed.

## Gør gælden synlig

Signe Thorup anbefaler, at it-chefer:

- laver en oversigt over de vigtigste systemer og deres tilstand
- oversætter risici til konsekvenser for forretningen, for eksempel i form af nedetid
- afsætter en fast del af udviklingskapaciteten til løbende oprydning

”Det handler om at behandle teknisk gæld som anden gæld. Man skal vide, hvor stor den er, og have en plan for at betale af på den,” siger hun.`,
    authors: ['camilla-eskildsen'],
    tags: ['Teknisk gæld', 'It-projekter', 'CIO'],
    related: ['rigsrevisionen-kritiserer-forsinket-ydelsessystem', 'virksomheder-henter-it-hjem-fra-outsourcing'],
    image: 'moede',
    hoursAgo: 1250,
  },
  {
    slug: 'odense-softwarehus-indfoerer-firedages-arbejdsuge',
    section: 'ledelse',
    title: 'Odense-softwarehus indfører firedages arbejdsuge',
    lead: 'Hos Bølgeform ApS arbejder medarbejderne nu 32 timer om ugen til fuld løn. Direktøren vil bruge ordningen til at tiltrække udviklere i konkurrence med de store byer.',
    body: `Softwarevirksomheden Bølgeform ApS i Odense har indført en firedages arbejdsuge for alle sine 38 medarbejdere. Medarbejderne arbejder nu 32 timer om ugen og beholder deres hidtidige løn.

Ordningen blev testet i et halvt år, før den blev gjort permanent. Ifølge virksomheden har den ikke haft betydning for produktiviteten.

”Vi har målt på det hele, fra antallet af leverancer til kundetilfredshed. Tallene er de samme. Til gengæld er sygefraværet faldet, og vi har fået markant flere ansøgninger,” siger Bølgeforms administrerende direktør, Stine Kjærgaard.

## Færre møder

For at få det til at hænge sammen har virksomheden skåret kraftigt ned på antallet af møder og indført faste perioder om formiddagen, hvor medarbejderne ikke må forstyrres.

”Det største skift var ikke at gå ned i tid. Det var at blive meget mere bevidste om, hvad vi bruger tiden på,” siger Stine Kjærgaard.

## Ikke for alle

En arbejdsmarkedsforsker, som Spalte har talt med, påpeger, at firedages arbejdsuge er lettere at indføre i mindre virksomheder uden vagtfunktioner end i større organisationer.

”Hvis man har kunder, der forventer svar fem dage om ugen, skal man finde løsninger på, hvordan man dækker den femte dag,” siger hun.

Hos Bølgeform løses det ved, at medarbejderne holder fri på forskellige dage.`,
    authors: ['camilla-eskildsen', 'anders-moerk-jakobsen'],
    tags: ['Arbejdsmiljø', 'Rekruttering'],
    related: ['it-folk-vil-hellere-skifte-job-end-moede-ind-hver-dag'],
    hoursAgo: 1950,
  },
];

export const EXTRA_JOBS: SeedJob[] = [
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
];

export const EXTRA_PEOPLE_NEWS: SeedPeopleNews[] = [
  {
    name: 'Kristina Møller Lauridsen',
    company: 'Nordvind Consulting A/S',
    role: 'Direktør for offentlig sektor',
    startDate: '2026-03-01',
    body: 'Nordvind Consulting A/S har pr. 1. marts 2026 ansat Kristina Møller Lauridsen som direktør for offentlig sektor. Hun skal især beskæftige sig med at styrke selskabets rådgivning af kommuner og regioner inden for digitalisering og udbud. Hun kommer fra en stilling som kontorchef hos en statslig styrelse. Hun har tidligere beskæftiget sig med store it-udbud og kontraktstyring i staten.',
    label: 'Nyt job',
    daysAgo: 4,
  },
  {
    name: 'Jonas Brix Hvidberg',
    company: 'Skagerrak Cloud A/S',
    role: 'Teknisk direktør',
    startDate: '2026-02-15',
    body: 'Skagerrak Cloud A/S har pr. 15. februar 2026 ansat Jonas Brix Hvidberg som teknisk direktør. Han skal især beskæftige sig med udviklingen af selskabets cloudplatform og med at opbygge et nyt team i Aalborg. Han kommer fra en stilling som platformchef hos en dansk hostingvirksomhed. Han har tidligere beskæftiget sig med drift af datacentre og netværk.',
    label: 'Nyt job',
    daysAgo: 11,
  },
  {
    name: 'Amalie Gregersen',
    company: 'Fyns Sundheds-IT A/S',
    role: 'Informationssikkerhedschef',
    startDate: '2026-01-05',
    body: 'Fyns Sundheds-IT A/S har pr. 5. januar 2026 ansat Amalie Gregersen som informationssikkerhedschef. Hun skal især beskæftige sig med selskabets arbejde med NIS2 og med sikkerheden i løsninger til sundhedsvæsenet. Hun kommer fra en stilling som sikkerhedskonsulent hos et rådgivningsfirma i Odense. Hun har tidligere beskæftiget sig med risikovurderinger og beredskabsplaner i den finansielle sektor.',
    label: 'Nyt job',
    daysAgo: 24,
  },
  {
    name: 'Mikkel Thorsø',
    company: 'Havnelys Software A/S',
    role: 'Salgschef',
    startDate: '2026-02-02',
    body: 'Havnelys Software A/S har pr. 2. februar 2026 ansat Mikkel Thorsø som salgschef. Han skal især beskæftige sig med salget af selskabets betalingsløsninger til webshops i Norge og Sverige. Han kommer fra en stilling som key account manager hos en nordisk betalingsvirksomhed. Han har tidligere beskæftiget sig med salg af software til detailhandlen.',
    label: 'Nyt job',
    daysAgo: 38,
  },
  {
    name: 'Rikke Sand Bertelsen',
    company: 'Gudenå Analytics ApS',
    role: 'Dataanalytiker',
    startDate: '2026-01-20',
    body: 'Rikke Sand Bertelsen, dataanalytiker hos Gudenå Analytics ApS, har pr. 20. januar 2026 færdiggjort en master i it med specialisering i kunstig intelligens fra Aarhus Universitet. Hun skal især beskæftige sig med at udvikle prognosemodeller for selskabets kunder i forsyningssektoren. Hun har tidligere beskæftiget sig med rapportering og business intelligence.',
    label: 'Færdiggjort uddannelse',
    daysAgo: 45,
  },
  {
    name: 'Henrik Kallesøe',
    company: 'Limfjord Systemer A/S',
    role: 'Udviklingschef',
    startDate: '2026-02-27',
    body: 'Henrik Kallesøe, udviklingschef hos Limfjord Systemer A/S, har pr. 27. februar 2026 færdiggjort en diplomuddannelse i ledelse. Han skal især beskæftige sig med at lede selskabets tre udviklingsteams og med rekruttering af nye udviklere. Han har tidligere beskæftiget sig med systemudvikling og arkitektur i den offentlige sektor.',
    label: 'Færdiggjort uddannelse',
    daysAgo: 17,
  },
  {
    name: 'Sara Vinding',
    company: 'Kattegat Data ApS',
    role: 'Partner',
    startDate: '2026-03-01',
    body: 'Kattegat Data ApS har pr. 1. marts 2026 forfremmet Sara Vinding til partner. Hun skal især beskæftige sig med selskabets kunder i energisektoren og med at udbygge samarbejdet med universiteterne. Hun kommer fra en stilling som leder af selskabets dataplatformsteam. Hun har tidligere beskæftiget sig med dataarkitektur hos et forsyningsselskab.',
    label: 'Forfremmelse',
    daysAgo: 7,
  },
  {
    name: 'Poul Erik Damgaard',
    company: 'Sjællands Driftscenter ApS',
    role: 'Driftschef',
    startDate: '2026-02-10',
    body: 'Poul Erik Damgaard, driftschef hos Sjællands Driftscenter ApS, kan pr. 10. februar 2026 fejre 25 års jubilæum i selskabet. Han har især beskæftiget sig med drift af servere og netværk for selskabets erhvervskunder og har været med til at bygge selskabets datacenter i Roskilde. Han startede i sin tid som elev i selskabets supportafdeling.',
    label: 'Jubilæum',
    daysAgo: 52,
  },
];
