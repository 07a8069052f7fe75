// The newsroom's server actions called over HTTP, as the admin's own buttons call them (e2e/server-actions.ts
// does the same from recorded clicks): a POST to the admin page that holds the action, with its id in the
// `Next-Action` header and the arguments as a JSON array. The ids are the build's, read from its manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from './constants.mjs';

/** The actions the load benchmark's editor uses: the file that exports each, and the admin page that calls it. */
const ACTIONS = {
  createArticleAction: { file: 'server/actions/articles.ts', page: () => '/admin/artikler/ny' },
  saveArticleAction: { file: 'server/actions/articles.ts', page: (id) => `/admin/artikler/${id}` },
  transitionAction: { file: 'server/actions/articles.ts', page: (id) => `/admin/artikler/${id}` },
  saveFrontPageAction: { file: 'server/actions/front-page.ts', page: () => '/admin/forside' },
};

/** Each action's id in the production build under `.next` (the server being measured must run the same build). */
export function actionIds() {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  );
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    const action = ACTIONS[entry.exportedName];
    if (action && entry.filename?.endsWith(action.file)) ids[entry.exportedName] = id;
  }
  const missing = Object.keys(ACTIONS).filter((name) => !ids[name]);
  if (missing.length) throw new Error(`the build's action manifest lacks ${missing.join(', ')}`);
  return ids;
}

/**
 * Calls action `name` as the logged-in `editor` ({ origin, cookie, actionIds }); `pageId` fills the admin page's
 * address. Resolves to the action's answer ({ ok: true, ... }); anything else (a refusal, a status other than 200,
 * an answer that cannot be read) is thrown with what the server said.
 */
export async function callAction(editor, name, args, pageId) {
  const response = await fetch(editor.origin + ACTIONS[name].page(pageId), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: editor.cookie,
      'next-action': editor.actionIds[name],
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${name} answered ${response.status}: ${text.slice(0, 300)}`);
  const answer = actionAnswer(text);
  if (!answer?.ok) throw new Error(`${name} was refused: ${answer?.error ?? text.slice(0, 300)}`);
  return answer;
}

/**
 * The action's return value from a React Server Components answer: rows `<id>:<json>`, where row 0 names the row
 * holding the value (`"a":"$@1"`). When the action expired cache tags, the answer also carries the re-rendered
 * page in further rows.
 */
export function actionAnswer(text) {
  const rows = new Map();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]+):(\{.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  try {
    const head = JSON.parse(rows.get('0') ?? 'null');
    const ref = typeof head?.a === 'string' ? head.a.replace(/^\$@/, '') : null;
    return ref && rows.has(ref) ? JSON.parse(rows.get(ref)) : null;
  } catch {
    return null;
  }
}
