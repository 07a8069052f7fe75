// The demo sections, in menu order.

import type { SeedSection } from './types';

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
