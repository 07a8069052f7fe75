// Every newsroom-facing string, in Danish.

import type { ArticleStatus, RevisionEvent } from '@/domain/article/workflow';
import type { Permission, Role } from '@/domain/roles';

export const ROLE_LABELS: Record<Role, string> = { writer: 'Journalist', editor: 'Redaktør', admin: 'Administrator' };

/** What a server action answers someone whose role does not allow it. */
export const PERMISSION_DENIED: Record<Permission, string> = {
  'article:create': 'Du har ikke rettighed til at gøre det.',
  'article:publish': 'Du har ikke rettighed til at gøre det.',
  'article:schedule': 'Du har ikke rettighed til at gøre det.',
  'article:unpublish': 'Du har ikke rettighed til at gøre det.',
  'article:correct': 'Du har ikke rettighed til at gøre det.',
  'article:delete': 'Du har ikke rettighed til at gøre det.',
  'article:edit-any': 'Du har ikke rettighed til at gøre det.',
  'widgets:manage': 'Kun redaktører og administratorer kan redigere widgets.',
  'front-page:curate': 'Du har ikke rettighed til at ændre forsiden.',
  'media:manage': 'Du har ikke adgang til mediebiblioteket.',
  'users:manage': 'Kun administratorer kan administrere brugere.',
  'audit:view': 'Kun administratorer kan se revisionsloggen.',
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Kladde',
  review: 'Til redigering',
  scheduled: 'Planlagt',
  published: 'Udgivet',
  unpublished: 'Afpubliceret',
};

/** What each kind of version was, as the history lists it. */
export const REVISION_EVENT_LABELS: Record<RevisionEvent, string> = {
  create: 'Oprettet',
  save: 'Gemt',
  submit: 'Sendt til redigering',
  'back-to-draft': 'Tilbage til kladde',
  schedule: 'Planlagt',
  publish: 'Udgivet',
  unpublish: 'Afpubliceret',
  'auto-publish': 'Udgivet automatisk (planlagt)',
  restore: 'Gendannet',
  correction: 'Rettelse tilføjet',
  update: 'Opdateret (vises for læserne)',
  'auto-publish-stopped': 'Planlagt udgivelse stoppet (manglede krævede oplysninger)',
};

/**
 * Why a server-action request was refused before it reached the action (server/action-request.ts). The browser
 * receives these as plain text and the forms show them (components/admin/action-failure.ts).
 */
export const REQUEST_REFUSALS = {
  foreignOrigin: 'Anmodningen kom fra en anden side og blev afvist. Intet er gemt.',
  tooLarge:
    'Det, du prøver at gemme, er for stort til at blive sendt (højst 2 MB). Intet er gemt – gør teksten kortere, og prøv igen.',
  malformed: 'Anmodningen kunne ikke læses. Intet er gemt – genindlæs siden, og prøv igen.',
} as const;

/** The longest article body the server accepts (checked in the editor before sending too). */
export const BODY_MAX_CHARS = 200_000;
export const ADMIN_COPY = {
  title: 'Spalte Redaktion',
  loginTitle: 'Log ind',
  loginIntro: 'Redaktionens adgang til Spalte.',
  email: 'E-mailadresse',
  password: 'Adgangskode',
  loginSubmit: 'Log ind',
  loginPending: 'Logger ind …',
  loginFailed: 'Login mislykkedes. Prøv igen.',
  loggedOut: 'Du er logget ud.',
  /** An action's answer when the session has ended (logout elsewhere, deactivation, a password change). */
  signedOut:
    'Du er ikke længere logget ind – måske loggede du ud i et andet vindue. Dine ændringer er ikke gemt, men står her stadig: log ind i et nyt faneblad, og gem så igen.',
  /** A form's answer when fields are wrong; each field shows its own message. */
  fixFields: 'Ret de markerede felter.',
  /** A call that never reached the server, or whose answer never came back. */
  connectionLost: 'Forbindelsen til serveren svigtede. Intet er gemt endnu – prøv igen.',
  passwordChanged: 'Din adgangskode er skiftet. Log ind med den nye.',
  logout: 'Log ud',
  mainNav: 'Redaktionens menu',
  articles: 'Artikler',
  newArticle: 'Ny artikel',
  media: 'Medier',
  auditLog: 'Revisionslog',
  profile: 'Min profil',
  viewSite: 'Se sitet',
  noAccess: 'Du har ikke adgang til denne side.',
  noAccessTitle: 'Ingen adgang',
} as const;

/** Alt text and credit are what a published image cannot be without. */
export const PUBLISHED_IMAGE_NEEDS =
  'skal have alternativ tekst (til læsere, der ikke kan se billedet) og kreditering (fotografens eller kildens navn)';

/** The publish check's findings (domain/article/publish-check.ts), as the dialog and the server's refusal word them. */
export const PUBLISH_CHECK_COPY = {
  title: 'Artiklen mangler en overskrift.',
  lead: 'Artiklen mangler en manchet.',
  body: 'Artiklen mangler brødtekst.',
  section: 'Vælg en sektion.',
  byline: 'Tilføj mindst én skribent.',
  sponsor: 'Et annonceindlæg skal have en annoncør.',
  imageGone: 'Det valgte topbillede findes ikke længere. Vælg et andet.',
  imageTexts: (missing: string[]) =>
    `Topbilledet mangler ${missing.join(' og ')}. Et billede i en udgivet artikel ${PUBLISHED_IMAGE_NEEDS}.`,
  seoTitleLong: (length: number, max: number, fromTitle: boolean) =>
    fromTitle
      ? `Overskriften bruges som SEO-titel og er ${length} tegn; søgemaskiner viser kun omkring ${max}. Skriv en kortere SEO-titel.`
      : `SEO-titlen er ${length} tegn; søgemaskiner viser kun omkring ${max}.`,
  seoTitleShort: (length: number, min: number, fromTitle: boolean) =>
    fromTitle
      ? `Overskriften bruges som SEO-titel og er kun ${length} tegn; anbefalet er mindst ${min}. Skriv en mere beskrivende SEO-titel.`
      : `SEO-titlen er kun ${length} tegn; anbefalet er mindst ${min}.`,
  seoDescriptionLong: (length: number, max: number, fromLead: boolean) =>
    fromLead
      ? `Manchetten bruges som SEO-beskrivelse og er ${length} tegn; søgemaskiner viser kun omkring ${max}. Skriv en kortere SEO-beskrivelse.`
      : `SEO-beskrivelsen er ${length} tegn; søgemaskiner viser kun omkring ${max}.`,
  seoDescriptionShort: (length: number, min: number, fromLead: boolean) =>
    fromLead
      ? `Manchetten bruges som SEO-beskrivelse og er kun ${length} tegn; anbefalet er mindst ${min}. Skriv en SEO-beskrivelse.`
      : `SEO-beskrivelsen er kun ${length} tegn; anbefalet er mindst ${min}.`,
  noTags: 'Artiklen har ingen emner. Emner samler artikler om det samme og giver læserne flere veje ind.',
  shortBody: (words: number, min: number) => `Brødteksten er kun ${words} ord; en nyhed er sjældent under ${min} ord.`,
  noRelated: 'Artiklen har ingen relaterede artikler (hverken i listen eller som »Læs også« i teksten).',
  leadStoryWithoutImage: 'Artiklen er sat som forsidens tophistorie, men har intet topbillede.',
  /** The server's refusal: what blocks, one sentence each. */
  refused: (transition: 'publish' | 'schedule', problems: string[]) =>
    `Artiklen kan ikke ${transition === 'publish' ? 'udgives' : 'planlægges'} endnu. Ret først: ${problems.join(' ')}`,
  /** The same refusal for a save that would make a live (or scheduled) article fail the check. */
  refusedSave: (problems: string[]) =>
    `Ændringen kan ikke gemmes, fordi artiklen er udgivet eller planlagt og så ikke længere opfylder kravene: ${problems.join(' ')}`,
} as const;

/** The editor's confirmation before publishing or scheduling (components/admin/editor/publish-dialog.tsx). */
export const PUBLISH_DIALOG_COPY = {
  publishTitle: 'Udgiv artiklen?',
  scheduleTitle: 'Planlæg udgivelsen?',
  scheduledFor: (when: string) => `Artiklen udgives automatisk ${when}.`,
  blockingHeading: 'Skal rettes før udgivelse',
  blockingNote: 'Artiklen kan ikke udgives eller planlægges, før punkterne ovenfor er rettet.',
  adviceHeading: 'Råd – du kan udgive alligevel',
  allClear: 'Alt, hvad en udgivet artikel skal have, er på plads.',
  goTo: 'Gå til feltet',
  confirmPublish: 'Bekræft udgivelse',
  confirmSchedule: 'Bekræft planlægning',
  working: 'Arbejder …',
  cancel: 'Annullér',
} as const;

/** The editor's save bar, its keyboard shortcut and the "Opdateret" tick for published articles. */
export const SAVE_COPY = {
  create: 'Opret kladde',
  save: 'Gem',
  update: 'Opdater',
  saving: 'Gemmer …',
  notSavedYet: 'Ikke gemt endnu',
  unsaved: 'Ikke gemt',
  savedAt: (time: string) => `Gemt kl. ${time}`,
  savedAsUpdateAt: (time: string) => `Opdateret kl. ${time} – læserne ser »Opdateret«`,
  markUpdated: 'Markér som opdateret',
  markUpdatedHint:
    'Læserne ser »Opdateret« med tidspunktet. Lad feltet stå tomt ved små rettelser som stavefejl; en rettelse af en faktuel fejl tilføjes under »Rettelse«.',
  shortcut: 'Ctrl+S (⌘S på Mac) gemmer.',
  stoppedSchedule: (time: string) =>
    `Den planlagte udgivelse blev stoppet ${time}, fordi artiklen ikke opfyldte kravene til en udgivet artikel. Den er sendt tilbage til redigering. Ret det, der mangler (se »Udgiv nu«), og udgiv eller planlæg den igen.`,
} as const;
