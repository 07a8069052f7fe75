// Every newsroom-facing string, in Danish.

import type { ArticleContent } from '@/domain/article/content';
import type { ArticleStatus, RevisionEvent } from '@/domain/article/workflow';
import type { AuditAction, AuditFacts, AuditObjectType } from '@/domain/audit';
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
  update: 'Opdateret (vises for læserne)',
  'auto-publish-stopped': 'Planlagt udgivelse stoppet (manglede krævede oplysninger)',
};

/** The editor's name for each content field, in the form's order (history diffs, merges and conflicts). */
export const ARTICLE_FIELD_LABELS: Record<keyof ArticleContent, string> = {
  title: 'Overskrift',
  slug: 'Adresse',
  lead: 'Manchet',
  body: 'Brødtekst',
  kind: 'Type',
  sponsor: 'Annoncør',
  sectionId: 'Sektion',
  topImageId: 'Topbillede',
  seoTitle: 'SEO-titel',
  seoDescription: 'SEO-beskrivelse',
  authorIds: 'Skribenter',
  tags: 'Emner',
  relatedIds: 'Relaterede artikler',
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

/** How a handover reads in the editor, the notifications and their count ("Anna Holm sendte artiklen til redigering"). */
export const HANDOVER_COPY = {
  done: { submit: 'sendte artiklen til redigering', 'back-to-draft': 'sendte artiklen tilbage til kladde' },
  notification: { submit: 'sendte til redigering:', 'back-to-draft': 'sendte tilbage til kladde:' },
  someone: 'En kollega',
  notifications: 'Notifikationer',
  unread: (n: number) => (n === 1 ? '1 ulæst' : `${n} ulæste`),
  queue: 'Til redigering',
  none: 'Ingen notifikationer endnu. Når en artikel sendes til redigering, eller tilbage til dig, står det her.',
  markRead: 'Markér alle som læst',
  marked: (n: number) =>
    n === 1 ? '1 notifikation er markeret som læst.' : `${n} notifikationer er markeret som læst.`,
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

/** Danish genitive: "Annas", but "Hans'" (a name ending in s, x or z takes an apostrophe). */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`);

/** The editor's merge panel: a save that ran into a colleague's changes to the same fields. */
export const MERGE_COPY = {
  heading: 'Vælg, hvilken udgave der skal gælde',
  intro:
    'Intet er gemt endnu. Felter, som kun én af jer har ændret, kommer med under alle omstændigheder; vælg for hvert felt nedenfor.',
  theirsIncoming: (who: string, fields: string) =>
    `${genitive(who)} ændringer af ${fields} flettes ind, uanset hvad du vælger.`,
  mine: 'Din version',
  theirs: (who: string) => `${genitive(who)} version`,
  keepMine: 'Behold min',
  useTheirs: 'Brug deres',
  colleague: 'Kollegaen',
  bodyPassages: (count: number) =>
    count === 1
      ? 'I har begge ændret det samme sted i brødteksten. Resten af jeres ændringer flettes sammen.'
      : `I har begge ændret de samme ${count} steder i brødteksten. Valget gælder dem alle; resten af jeres ændringer flettes sammen.`,
  passage: (index: number) => `Sted ${index}`,
  empty: '(tomt)',
  noImage: 'Intet billede',
  image: (id: number) => `Billede nr. ${id}`,
  unknownArticle: (id: number) => `Artikel nr. ${id}`,
  save: 'Gem med mine valg',
  chooseAll: 'Vælg en udgave for hvert felt for at gemme.',
  discard: 'Kassér mine ændringer og hent den nyeste version',
  kinds: { news: 'Nyhed', sponsored: 'Annonceindlæg' },
  /** A merged save came back while the user typed on, into a field the colleague had changed too. */
  typedDuringMerge: 'Du skrev videre, mens en kollegas ændringer blev flettet ind, og I har ændret det samme.',
  /** After a merged save: closes the note saying what came in. */
  close: 'Luk',
} as const;

/** Who else has the article open in the editor (components/admin/editor/presence.tsx). */
export const PRESENCE_COPY = {
  others: (names: string) => `${names} har også artiklen åben.`,
  self: 'Du har også artiklen åben i et andet vindue.',
  selfAndOthers: (names: string) => `${names} har også artiklen åben, og du har den åben i et andet vindue.`,
  foreign: 'Anmodningen kom fra en anden side.',
  signedOut: 'Du er ikke logget ind.',
  notJson: 'Anmodningen skal sendes som JSON.',
  tooLarge: 'Anmodningen er for stor.',
  malformed: 'Angiv artiklens nummer og vinduets id.',
  unknownArticle: 'Artiklen findes ikke.',
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

// ---------------------------------------------------------------------------------------------------------------
// The audit log (/admin/revisionslog) reads as a newsroom log: one Danish sentence per entry.

/** Each action's name in the log's filter. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'login.success': 'Login',
  'login.failure': 'Mislykket login',
  'login.locked': 'Login blokeret',
  logout: 'Logout',
  'password.change': 'Adgangskode ændret',
  'article.create': 'Artikel oprettet',
  'article.save': 'Artikel gemt',
  'article.submit': 'Sendt til redigering',
  'article.back-to-draft': 'Tilbage til kladde',
  'article.publish': 'Udgivet',
  'article.schedule': 'Planlagt',
  'article.auto-publish-stopped': 'Planlagt udgivelse stoppet',
  'article.unpublish': 'Afpubliceret',
  'article.delete': 'Artikel slettet',
  'article.restore': 'Version gendannet',
  'article.correct': 'Rettelse tilføjet',
  'front-page.update': 'Forsiden ændret',
  'media.upload': 'Billede uploadet',
  'media.update': 'Billede redigeret',
  'user.create': 'Bruger oprettet',
  'user.role': 'Rolle ændret',
  'user.deactivate': 'Bruger deaktiveret',
  'user.activate': 'Bruger genaktiveret',
  'user.password-reset': 'Adgangskode nulstillet',
  'author.create': 'Skribent oprettet',
  'author.update': 'Skribent ændret',
  'author.delete': 'Skribent slettet',
  'author.merge': 'Skribenter flettet',
  'section.create': 'Sektion oprettet',
  'section.update': 'Sektion ændret',
  'section.move': 'Sektion flyttet i menuen',
  'section.delete': 'Sektion slettet',
  'tag.update': 'Emne ændret',
  'tag.merge': 'Emner flettet',
  'tag.delete': 'Emne slettet',
  'job.create': 'Job oprettet',
  'job.update': 'Job ændret',
  'job.expire': 'Job afsluttet',
  'job.delete': 'Job slettet',
  'people-news.create': 'Navnenyt oprettet',
  'people-news.update': 'Navnenyt ændret',
  'people-news.delete': 'Navnenyt slettet',
  'sponsor-campaign.create': 'Annoncekampagne oprettet',
  'sponsor-campaign.update': 'Annoncekampagne ændret',
  'sponsor-campaign.delete': 'Annoncekampagne slettet',
};

/** Each kind of object in the log's filter. */
export const AUDIT_OBJECT_LABELS: Record<AuditObjectType, string> = {
  article: 'Artikler',
  media: 'Billeder',
  user: 'Brugere',
  author: 'Skribenter',
  section: 'Sektioner',
  tag: 'Emner',
  job: 'Job',
  'people-news': 'Navnenyt',
  'sponsor-campaign': 'Annoncekampagner',
  'front-page': 'Forsiden',
};

/** An object whose name the log no longer knows (removed, and its name never recorded). */
export const AUDIT_OBJECT_FALLBACK: Record<AuditObjectType, (id: number | null) => string> = {
  article: (id) => (id ? `artikel nr. ${id}` : 'en artikel'),
  media: (id) => (id ? `billede nr. ${id}` : 'et billede'),
  user: (id) => (id ? `bruger nr. ${id}` : 'en bruger'),
  author: (id) => (id ? `skribent nr. ${id}` : 'en skribent'),
  section: (id) => (id ? `sektion nr. ${id}` : 'en sektion'),
  tag: (id) => (id ? `emne nr. ${id}` : 'et emne'),
  job: (id) => (id ? `job nr. ${id}` : 'et job'),
  'people-news': (id) => (id ? `navnenyhed nr. ${id}` : 'en navnenyhed'),
  'sponsor-campaign': (id) => (id ? `kampagne nr. ${id}` : 'en kampagne'),
  'front-page': () => 'forsiden',
};

/** A piece of a log sentence: text, or the object it concerns (a link while the object exists). */
export type AuditSentencePart = string | { object: string };

export type AuditSentenceInput = {
  /** Who did it; "Systemet" for the scheduler. */
  actor: string;
  /** The object's current name, or the one recorded when the entry was written. */
  object: string;
  facts: AuditFacts;
  /** The client address, or "ukendt adresse". */
  ip: string;
};

export const AUDIT_SYSTEM_ACTOR = 'Systemet';
export const AUDIT_UNKNOWN_ADDRESS = 'ukendt adresse';

const quoted = (name: string): AuditSentencePart[] => ['»', { object: name }, '«'];
const LOCK_NAMES: Record<string, string> = {
  pair: 'kontoen fra den adresse',
  address: 'adressen',
  account: 'kontoen',
};
const locks = (facts: AuditFacts) =>
  facts.locks?.length
    ? ` – ${facts.locks.map((lock) => (Object.hasOwn(LOCK_NAMES, lock) ? LOCK_NAMES[lock] : lock)).join(' og ')} er låst for en tid`
    : '';
const roleName = (role: AuditFacts['role']) => (role ? ROLE_LABELS[role].toLowerCase() : 'en ny rolle');
const period = (facts: AuditFacts) =>
  facts.startsAt && facts.endsAt ? ` fra ${facts.startsAt} til ${facts.endsAt}` : '';

/**
 * One sentence per action. Keyed by every action there is, so an action added to domain/audit.ts without a
 * sentence here fails the typecheck.
 */
export const AUDIT_SENTENCES: { [A in AuditAction]: (entry: AuditSentenceInput) => AuditSentencePart[] } = {
  'login.success': ({ actor, ip }) => [`${actor} loggede ind fra ${ip}`],
  'login.failure': ({ facts, ip }) => [
    `Mislykket login for ${facts.email ?? 'en ukendt konto'} fra ${ip}${locks(facts)}`,
  ],
  'login.locked': ({ facts, ip }) => [
    `Login for ${facts.email ?? 'en ukendt konto'} fra ${ip} blev afvist: for mange mislykkede forsøg${locks(facts)}`,
  ],
  logout: ({ actor }) => [`${actor} loggede ud`],
  'password.change': ({ actor }) => [`${actor} skiftede sin adgangskode`],
  'article.create': ({ actor, object }) => [`${actor} oprettede artiklen `, ...quoted(object)],
  'article.save': ({ actor, object, facts }) => [
    `${actor} gemte `,
    ...quoted(object),
    facts.version ? ` (version ${facts.version}${facts.overwrite ? ', overskrev en nyere version' : ''})` : '',
  ],
  'article.submit': ({ actor, object }) => [`${actor} sendte `, ...quoted(object), ' til redigering'],
  'article.back-to-draft': ({ actor, object }) => [`${actor} sendte `, ...quoted(object), ' tilbage til kladde'],
  'article.publish': ({ actor, object, facts }) =>
    facts.scheduled
      ? [...quoted(object), ' blev udgivet automatisk som planlagt']
      : [`${actor} udgav `, ...quoted(object)],
  'article.schedule': ({ actor, object, facts }) => [
    `${actor} planlagde `,
    ...quoted(object),
    facts.publishAt ? ` til udgivelse ${facts.publishAt}` : ' til udgivelse',
  ],
  'article.auto-publish-stopped': ({ object }) => [
    'Den planlagte udgivelse af ',
    ...quoted(object),
    ' blev stoppet, fordi artiklen ikke opfyldte kravene; den er sendt tilbage til redigering',
  ],
  'article.unpublish': ({ actor, object }) => [`${actor} afpublicerede `, ...quoted(object)],
  'article.delete': ({ actor, object }) => [`${actor} slettede artiklen `, ...quoted(object)],
  'article.restore': ({ actor, object }) => [`${actor} gendannede en tidligere version af `, ...quoted(object)],
  'article.correct': ({ actor, object }) => [`${actor} tilføjede en rettelse til `, ...quoted(object)],
  'front-page.update': ({ actor, facts }) => [
    `${actor} ændrede `,
    { object: 'forsiden' },
    facts.pins === undefined
      ? ''
      : facts.pins === 1
        ? ' (1 fastgjort artikel)'
        : ` (${facts.pins} fastgjorte artikler)`,
  ],
  'media.upload': ({ actor, object }) => [`${actor} uploadede billedet `, ...quoted(object)],
  'media.update': ({ actor, object }) => [`${actor} redigerede billedet `, ...quoted(object)],
  'user.create': ({ actor, object, facts }) => [
    `${actor} oprettede brugeren `,
    { object },
    facts.role ? ` som ${roleName(facts.role)}` : '',
  ],
  'user.role': ({ actor, object, facts }) => [
    `${actor} gjorde `,
    { object },
    ` til ${roleName(facts.to)}`,
    facts.from ? ` (var ${roleName(facts.from)})` : '',
  ],
  'user.deactivate': ({ actor, object }) => [`${actor} deaktiverede `, { object }],
  'user.activate': ({ actor, object }) => [`${actor} genaktiverede `, { object }],
  'user.password-reset': ({ actor, object }) => [`${actor} lavede en ny adgangskode til `, { object }],
  'author.create': ({ actor, object }) => [`${actor} oprettede skribenten `, { object }],
  'author.update': ({ actor, object }) => [`${actor} ændrede skribenten `, { object }],
  'author.delete': ({ actor, object }) => [`${actor} slettede skribenten `, { object }],
  'author.merge': ({ actor, object }) => [`${actor} flettede en skribent ind i `, { object }],
  'section.create': ({ actor, object }) => [`${actor} oprettede sektionen `, { object }],
  'section.update': ({ actor, object }) => [`${actor} ændrede sektionen `, { object }],
  'section.move': ({ actor, object }) => [`${actor} flyttede sektionen `, { object }, ' i menuen'],
  'section.delete': ({ actor, object }) => [`${actor} slettede sektionen `, { object }],
  'tag.update': ({ actor, object }) => [`${actor} ændrede emnet `, { object }],
  'tag.merge': ({ actor, object }) => [`${actor} flettede et emne ind i `, { object }],
  'tag.delete': ({ actor, object }) => [`${actor} slettede emnet `, { object }],
  'job.create': ({ actor, object, facts }) => [
    `${actor} oprettede jobbet `,
    ...quoted(object),
    facts.company ? ` hos ${facts.company}` : '',
  ],
  'job.update': ({ actor, object, facts }) => [
    `${actor} ændrede jobbet `,
    ...quoted(object),
    facts.company ? ` hos ${facts.company}` : '',
  ],
  'job.expire': ({ actor, object }) => [`${actor} afsluttede jobbet `, ...quoted(object)],
  'job.delete': ({ actor, object }) => [`${actor} slettede jobbet `, ...quoted(object)],
  'people-news.create': ({ actor, object }) => [`${actor} oprettede navnenyheden om `, { object }],
  'people-news.update': ({ actor, object }) => [`${actor} ændrede navnenyheden om `, { object }],
  'people-news.delete': ({ actor, object }) => [`${actor} slettede navnenyheden om `, { object }],
  'sponsor-campaign.create': ({ actor, object, facts }) => [
    `${actor} oprettede en annoncekampagne for `,
    ...quoted(object),
    period(facts),
  ],
  'sponsor-campaign.update': ({ actor, object, facts }) => [
    `${actor} ændrede annoncekampagnen for `,
    ...quoted(object),
    period(facts),
  ],
  'sponsor-campaign.delete': ({ actor, object }) => [`${actor} slettede annoncekampagnen for `, ...quoted(object)],
};

export const AUDIT_COPY = {
  intro: 'Hvem gjorde hvad og hvornår i redaktionen. Tider er dansk tid.',
  person: 'Person',
  allPeople: 'Alle personer',
  objectType: 'Objekt',
  allObjects: 'Alle objekter',
  action: 'Handling',
  allActions: 'Alle handlinger',
  from: 'Fra dato',
  to: 'Til dato',
  show: 'Vis',
  reset: 'Nulstil filtre',
  columns: ['Tidspunkt', 'Hændelse', 'Adresse'],
  technical: 'Tekniske detaljer',
  none: 'Ingen hændelser passer til filtrene.',
  count: (n: number, capped: boolean) =>
    capped
      ? `Over ${n.toLocaleString('da-DK')} hændelser – indsnævr med filtrene for at se de ældste.`
      : n === 1
        ? '1 hændelse'
        : `${n.toLocaleString('da-DK')} hændelser`,
  badDate: (field: string, typed: string) => `${field} »${typed}« er ikke en dato. Skriv den som dd.mm.åååå.`,
  backwards: 'Fra-datoen ligger efter til-datoen; perioden er ikke brugt.',
} as const;

/** The newsroom's own date, time and file controls (components/admin/date-controls.tsx, file-button.tsx). */
export const DATE_CONTROLS_COPY = {
  datePlaceholder: 'dd.mm.åååå',
  timePlaceholder: 'tt.mm',
  date: 'Dato',
  time: 'Klokkeslæt',
  openCalendar: (field: string) => `Vælg dato i kalenderen: ${field}`,
  calendarTitle: (field: string) => `Kalender: ${field}`,
  notADate: 'Skriv datoen som dd.mm.åååå, f.eks. 31.12.2026.',
  notATime: 'Skriv klokkeslættet som tt.mm, f.eks. 14.30.',
} as const;

export const FILE_BUTTON_COPY = {
  chooseImages: 'Vælg billeder …',
  chooseImage: 'Vælg billede …',
  noFiles: 'Ingen filer valgt',
  chosen: (names: string[]) =>
    names.length === 1 ? `Valgt: ${names[0]}` : `${names.length} filer valgt: ${names.join(', ')}`,
} as const;
