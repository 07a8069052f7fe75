// What the server's front layer (scripts/http-front.cjs) decides, as plain functions it and the unit tests share.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by `node --require` */
const { createHash } = require('node:crypto');

/** The placeholder a public page's script-src carries (domain/security-policy.ts, INLINE_SCRIPT_HASHES). */
const PLACEHOLDER = "'unsafe-inline'";

// The inline scripts Next.js and Turbopack write into a page, and nothing else. Each only hands data to the
// framework (the page's React Server Component payload, the list of script files to load); none can run code of its
// own. A script of any other shape (a payload someone managed to inject, say) gets no hash, so it does not run.
const FRAMEWORK_SCRIPTS = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  // A chunk of the page's payload: a JSON string (with "<" escaped, so it cannot end the element) or null.
  /^self\.__next_f\.push\(\[\d,(?:"(?:[^"\\\n]|\\.)*"|null)\]\)$/,
];
const TURBOPACK_BOOTSTRAP =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);?$/;

/** Turbopack's bootstrap names the page's script files; they must be our own static files. */
function isTurbopackBootstrap(text) {
  const match = TURBOPACK_BOOTSTRAP.exec(text);
  if (!match) return false;
  try {
    const data = JSON.parse(match[1]);
    const files = [...(data.otherChunks ?? []), ...(data.runtimeModuleIds ?? [])];
    return files.every(
      (file) => typeof file === 'number' || (typeof file === 'string' && /^static\/(?!.*\.\.)[\w./-]+$/.test(file)),
    );
  } catch {
    return false;
  }
}

const isFrameworkScript = (text) => FRAMEWORK_SCRIPTS.some((shape) => shape.test(text)) || isTurbopackBootstrap(text);

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser does not run (JSON-LD): CSP does not apply to them. */
const DATA_TYPE = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

/**
 * The inline scripts of an HTML page that the policy should allow, as CSP hash sources, and how many others it
 * found (which will not run).
 */
function inlineScriptHashes(html) {
  const hashes = new Set();
  let refused = 0;
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_TYPE.test(attributes)) continue;
    if (!isFrameworkScript(text)) {
      refused += 1;
      continue;
    }
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return { hashes: [...hashes], refused };
}

/** Whether a response's policy asks for its inline scripts' hashes (public pages; the newsroom has a nonce). */
const wantsHashes = (policy) => typeof policy === 'string' && scriptSources(policy).includes(PLACEHOLDER);

function scriptSources(policy) {
  const directive = policy.split(';').find((part) => part.trim().startsWith('script-src '));
  return directive ? directive.trim().split(/\s+/).slice(1) : [];
}

/** The policy with script-src's placeholder replaced by the hashes (none at all: only our own script files). */
function withScriptHashes(policy, hashes) {
  return policy
    .split(';')
    .map((part) => {
      const sources = part.trim().split(/\s+/);
      if (sources[0] !== 'script-src') return part.trim();
      return sources.flatMap((source) => (source === PLACEHOLDER ? hashes : [source])).join(' ');
    })
    .join('; ');
}

const list = (value) =>
  String(value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Whether the connection comes from a reverse proxy named in TRUSTED_PROXIES, whose X-Forwarded-* count. */
const fromTrustedProxy = (peer, trustedProxies) => Boolean(peer) && list(trustedProxies).includes(peer);

/**
 * Whether the browser reached the site over https: the public address says so (SITE_URL), or a trusted proxy that
 * terminated TLS says so (X-Forwarded-Proto). Only then may Strict-Transport-Security be sent.
 */
function servedOverHttps({ siteUrl, peerIsTrusted, forwardedProto }) {
  if (/^https:\/\//i.test(siteUrl ?? '')) return true;
  return peerIsTrusted && list(forwardedProto)[0]?.toLowerCase() === 'https';
}

module.exports = { inlineScriptHashes, wantsHashes, withScriptHashes, fromTrustedProxy, servedOverHttps, PLACEHOLDER };
