// The companies behind the demo jobs and Navnenyt: their descriptions and websites.

import type { SeedCompany } from './types';

export const COMPANIES: SeedCompany[] = [
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
