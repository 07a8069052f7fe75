// Error answers the framework writes by itself in English — Next's "Not Found", "Internal Server Error", an empty
// 405 or 500, the image optimizer's `"url" parameter is invalid`, the empty not-found shell on /api/ and /_next/
// paths — are replaced by the front layer (scripts/http-front.cjs) with a short Danish text and, for server errors,
// the error id the log line carries. The app's own answers (Danish already) pass unchanged. Plain functions, shared
// with the unit tests.

/** Paths that are no reader's page: Next's own files, the API and the media route. */
const NON_PAGE = /^\/(?:_next|api|medier)(?:\/|$)/;

const DANISH = {
  400: 'Forespørgslen er ugyldig.',
  401: 'Du skal være logget ind.',
  403: 'Du har ikke adgang.',
  404: 'Siden findes ikke.',
  405: 'Metoden er ikke tilladt her.',
  406: 'Formatet kan ikke leveres.',
  408: 'Forespørgslen tog for lang tid.',
  409: 'Der er en konflikt med den gemte udgave.',
  413: 'Forespørgslen er for stor.',
  414: 'Adressen er for lang.',
  415: 'Filtypen understøttes ikke.',
  429: 'For mange forespørgsler. Prøv igen om lidt.',
  500: 'Der opstod en fejl på serveren. Prøv igen om lidt.',
  502: 'Serveren svarede ikke som ventet. Prøv igen om lidt.',
  503: 'Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.',
  504: 'Serveren svarede ikke i tide. Prøv igen om lidt.',
};

/** English texts Next.js answers with on its own (status texts, the image optimizer's messages). */
const FRAMEWORK_TEXT =
  /^(?:Not Found|Internal Server Error|Bad Request|Method Not Allowed|Forbidden|Unauthorized|Payload Too Large|Request Entity Too Large|Too Many Requests|Service Unavailable)$|^"?\w+"? parameter |^Unable to optimize image|^The requested resource isn't a valid image|^Invalid /;

/** Whether an answer must be looked at (held until complete) for a framework error to replace. */
function mayBeFrameworkError(pathname, status) {
  // 404 everywhere: the newsroom's pages still call notFound(), whose answer is Next's empty shell.
  return status >= 500 || status === 404 || (status >= 400 && NON_PAGE.test(pathname));
}

/**
 * Next's error shell: `<html id="__next_error__">` with an empty body, which only the browser's JavaScript would
 * fill with the error boundary. Next sends it when a page fails before anything was rendered.
 */
function isErrorShell(contentType, text) {
  if (!/^text\/html/.test(contentType) || !text.includes('id="__next_error__"')) return false;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text)?.[1] ?? '';
  const visible = body
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  return visible === '';
}

/**
 * What replaces a complete error answer: a Danish text for one of Next's own English or empty ones, a Danish
 * page for its empty error shell on a reader's or editor's page, or nothing (the app's own answer stands).
 */
function frameworkErrorKind(pathname, contentType, body) {
  const text = body.toString('utf8').trim();
  if (text === '' || FRAMEWORK_TEXT.test(text)) return 'text';
  if (!isErrorShell(contentType, text)) return null;
  // On a path that is not a page, nothing a reader can use either; on a page, a page.
  return NON_PAGE.test(pathname) ? 'text' : 'page';
}

/** The Danish text for an error status; server errors carry the id the log line has too. */
function danishError(status, errorId) {
  const message = messageFor(status);
  return status >= 500 ? `${message}\nFejl-id: ${errorId}\n` : `${message}\n`;
}

const messageFor = (status) => DANISH[status] ?? (status >= 500 ? DANISH[500] : DANISH[400]);

/** The error id of a failed page: Next's digest in the shell's payload (the log line's `errorId`), if it is there. */
function digestIn(body) {
  return /digest\\?":\\?"([\w-]{1,64})\\?"/.exec(body.toString('utf8'))?.[1] ?? null;
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A whole Danish page in place of the error shell, readable without JavaScript: what happened, the error id, a way
 * on. Self-contained (the shell's styles and scripts belong to the failed page), so it needs nothing that may fail.
 */
function danishErrorPage(status, errorId, pathname = '/') {
  const home = /^\/admin(?:\/|$)/.test(pathname)
    ? { href: '/admin', text: 'Gå til redaktionen' }
    : { href: '/', text: 'Gå til forsiden' };
  const title = status >= 500 ? 'Der opstod en fejl' : status === 404 ? 'Siden findes ikke' : 'Siden kan ikke vises';
  const text =
    status >= 500
      ? 'Siden kunne ikke vises lige nu. Prøv igen om lidt. Bliver fejlen ved, så nævn fejl-id’et, når du skriver til redaktionen.'
      : messageFor(status);
  const id = status >= 500 ? `<p class="id">Fejl-id: <code>${escapeHtml(errorId)}</code></p>` : '';
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} | Spalte</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
header{border-bottom:4px solid #b3122e;padding:1rem}
header a{color:#1a1a1a;font-weight:900;font-size:1.5rem;text-decoration:none}
main{max-width:36rem;margin:0 auto;padding:4rem 1rem;text-align:center}
.status{font-size:3.75rem;font-weight:900;color:#b3122e;margin:0}
h1{font-size:1.875rem;margin:1rem 0 0}
.id{font-size:.875rem}
.actions a{display:inline-block;margin:.5rem;padding:.5rem 1rem;font-weight:600}
.front{background:#b3122e;color:#fff}
.again{border:1px solid #b3122e;color:#b3122e}
</style>
</head>
<body>
<header><a href="/">Spalte</a></header>
<main id="indhold">
<p class="status" aria-hidden="true">${status}</p>
<h1>${title}</h1>
<p>${escapeHtml(text)}</p>
${id}
<p class="actions"><a class="front" href="${home.href}">${home.text}</a>${status >= 500 ? ' <a class="again" href="">Prøv igen</a>' : ''}</p>
</main>
</body>
</html>
`;
}

/**
 * The status a rendered page asks for: the site's status messages (components/site/not-found-message.tsx) mark
 * their main element with it, so a page past the last one, or one the server failed to render, is answered 404 or
 * 500 with the page as rendered, where Next could only send its empty notFound() shell or a 200.
 */
function statusMarkedIn(body) {
  const marked = /<main\b[^>]*\sdata-status="([45]\d\d)"/.exec(body.toString('utf8'));
  return marked ? Number(marked[1]) : null;
}

/** The policy for the replacement page: it has no scripts and only its own inline style. */
const ERROR_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

module.exports = {
  ERROR_PAGE_POLICY,
  danishError,
  danishErrorPage,
  digestIn,
  frameworkErrorKind,
  mayBeFrameworkError,
  statusMarkedIn,
};
