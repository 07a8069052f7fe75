// The demo newsroom's bylines (fictional people); each has a portrait in images/authors/<slug>.jpg.

import type { SeedAuthor } from './types';

export const AUTHORS: SeedAuthor[] = [
  {
    slug: 'line-vestergaard',
    name: 'Line Vestergaard',
    title: 'Redaktør',
    bio: 'Line Vestergaard er redaktør på Spalte og har dækket den danske it-branche i mere end 15 år. Hun har tidligere været erhvervsjournalist med fokus på teknologi og telebranchen. Hun skriver især om it-politik og de store offentlige it-projekter.',
    email: 'line.vestergaard@spalte.dk',
    showEmail: true,
    linkedinUrl: 'https://www.linkedin.com/in/line-vestergaard-spalte',
    xUrl: 'https://x.com/linevestergaard',
  },
  {
    slug: 'jesper-kildegaard',
    name: 'Jesper Kildegaard',
    title: 'Journalist',
    bio: 'Jesper Kildegaard dækker it-branchens virksomheder, opkøb og regnskaber. Han er uddannet fra Danmarks Medie- og Journalisthøjskole og har en fortid som systemudvikler i en mellemstor softwarevirksomhed.',
    email: 'jesper.kildegaard@spalte.dk',
    linkedinUrl: 'https://www.linkedin.com/in/jesper-kildegaard-spalte',
  },
  {
    slug: 'mette-lykke-andersen',
    name: 'Mette Lykke Andersen',
    title: 'Sikkerhedsredaktør',
    bio: 'Mette Lykke Andersen står for Spaltes dækning af it-sikkerhed. Hun følger ransomware-grupper, sårbarheder og den europæiske regulering på området, og hun er en fast gæst på de danske sikkerhedskonferencer. Tips kan sendes krypteret via Spaltes kontaktside.',
    email: 'mette.lykke@spalte.dk',
    showEmail: true,
    linkedinUrl: 'https://www.linkedin.com/in/mette-lykke-andersen-spalte',
    mastodonUrl: 'https://infosec.exchange/@mettelykke',
  },
  {
    slug: 'rasmus-holm-thygesen',
    name: 'Rasmus Holm Thygesen',
    title: 'Journalist',
    bio: 'Rasmus Holm Thygesen skriver om cloud, datacentre og infrastruktur. Han har tidligere arbejdet som driftsansvarlig hos en dansk hostingudbyder og har et særligt øje for, hvad der gemmer sig bag de store cloudkontrakter.',
    email: 'rasmus.thygesen@spalte.dk',
    mastodonUrl: 'https://mastodon.social/@rasmusholmt',
  },
  {
    slug: 'sofie-brandt-nielsen',
    name: 'Sofie Brandt Nielsen',
    title: 'Journalist',
    bio: 'Sofie Brandt Nielsen dækker digitaliseringen af den offentlige sektor med særligt fokus på kommuner og regioner. Hun har en kandidatgrad i statskundskab og har tidligere arbejdet på et regionalt dagblad.',
    email: 'sofie.brandt@spalte.dk',
    linkedinUrl: 'https://www.linkedin.com/in/sofie-brandt-nielsen-spalte',
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
    showEmail: true,
    linkedinUrl: 'https://www.linkedin.com/in/camilla-eskildsen-spalte',
    xUrl: 'https://x.com/ceskildsen',
  },
];
