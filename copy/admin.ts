// Every newsroom-facing string, in Danish.

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
