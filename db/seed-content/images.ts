// The demo photos in images/, with their texts; articles refer to them by key.

import type { SeedImage } from './types';

export const IMAGES: SeedImage[] = [
  {
    key: 'zoom-videomoede',
    file: 'zoom-videomoede.jpg',
    alt: 'Illustration: et videomøde med ni deltagere i et gitter på en blå skærm',
    caption: 'Zoom har fået millioner af nye brugere under coronakrisen – og med dem nye spørgsmål om sikkerhed.',
    credit: 'Illustration: Spalte',
  },
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
