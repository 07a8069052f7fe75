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
  'authors:manage': 'Kun redaktører og administratorer kan redigere skribenter.',
  'sections:manage': 'Kun redaktører og administratorer kan redigere sektioner.',
  'tags:manage': 'Kun redaktører og administratorer kan redigere emner.',
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
