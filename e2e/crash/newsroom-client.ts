import fs from 'node:fs';
import path from 'node:path';

import { READER_USER_AGENT } from '../fixtures';
import { httpRequest } from './http';

// The requests the crash story makes, as the newsroom's pages and a reader's browser make them: server actions
// (posted with the action's id and a JSON argument list, as e2e/server-actions.ts replays them), uploads to
// /api/medier (multipart field "fil", as the media library sends them) and view beacons to /api/views.
//
// Each call answers whether the server acknowledged the write. Anything else (a refused request, a connection the
// crash cut, an answer cut off) is "not acknowledged", and the story asserts nothing about it.

/** Server actions by module and export name, e.g. "server/actions/jobs.ts#createJobAction", to their ids. */
export function readActionIds(): Map<string, string> {
  const file = path.join('.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = new Map<string, string>();
  // `filename` is relative to the output trace root, which differs between checkouts; the module path ends it.
  for (const [id, { filename, exportedName }] of Object.entries(manifest.node)) {
    const source = filename.slice(filename.indexOf('server/actions/'));
    ids.set(`${source}#${exportedName}`, id);
  }
  return ids;
}

/** The value a server action returned, from its answer's RSC payload: the row that carries `ok`. */
function actionResult(body: string): Record<string, unknown> | null {
  for (const line of body.split('\n')) {
    const json = line.slice(line.indexOf(':') + 1);
    if (!json.startsWith('{')) continue;
    try {
      const value = JSON.parse(json) as Record<string, unknown>;
      if (typeof value.ok === 'boolean') return value;
    } catch {
      // Not a JSON row (a text chunk or a module reference).
    }
  }
  return null;
}

export type Acknowledged<T> = { ok: true; value: T } | { ok: false; reason: string };

export class NewsroomClient {
  private cookie = '';

  constructor(
    private readonly origin: () => string,
    private readonly actionIds: Map<string, string>,
  ) {}

  async logIn(email: string, password: string): Promise<void> {
    const answer = await httpRequest(`${this.origin()}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (answer.status !== 200) throw new Error(`Login answered ${answer.status}: ${answer.body}`);
    const setCookies = answer.headers['set-cookie'] ?? [];
    this.cookie = setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
  }

  /**
   * Calls a server action from the page that uses it. Acknowledged is `{ ok: true, … }` in the answer, or (for an
   * action that redirects after success) the redirect to `redirectTo`: both are sent only after the write committed.
   */
  async callAction<T extends Record<string, unknown>>(
    pagePath: string,
    name: string,
    args: unknown[],
    redirectTo?: string,
  ): Promise<Acknowledged<T>> {
    const id = this.actionIds.get(name);
    if (!id) throw new Error(`No server action ${name} in the build.`);
    try {
      const answer = await httpRequest(`${this.origin()}${pagePath}`, {
        method: 'POST',
        headers: {
          cookie: this.cookie,
          'next-action': id,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
        },
        body: JSON.stringify(args),
      });
      const redirect = String(answer.headers['x-action-redirect'] ?? '');
      // Next answers a fetched action's redirect with the page it redirects to and this header (";push" etc.).
      if (redirectTo && answer.status === 200 && redirect.split(';')[0] === redirectTo) {
        return { ok: true, value: {} as T };
      }
      const result = answer.status === 200 ? actionResult(answer.body) : null;
      if (result?.ok === true) return { ok: true, value: result as T };
      return { ok: false, reason: `${answer.status} ${String(result?.error ?? answer.body.slice(0, 200))}` };
    } catch (error) {
      return { ok: false, reason: String(error) };
    }
  }

  /** Uploads an image as the media library does; acknowledged with the new media row's id and file name. */
  async upload(data: Buffer, fileName: string): Promise<Acknowledged<{ id: number; fileName: string }>> {
    const boundary = `----crash${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    try {
      const answer = await httpRequest(`${this.origin()}/api/medier`, {
        method: 'POST',
        headers: { cookie: this.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      });
      if (answer.status !== 201) return { ok: false, reason: `${answer.status} ${answer.body.slice(0, 200)}` };
      const { image } = JSON.parse(answer.body) as { image: { id: number; fileName: string } };
      return { ok: true, value: { id: image.id, fileName: image.fileName } };
    } catch (error) {
      return { ok: false, reason: String(error) };
    }
  }

  /**
   * A reader's view beacon, sent through the trusted proxy's address with the reader's own address in
   * X-Forwarded-For, so every beacon is a reader of its own and counts (a repeat is answered 204 as well).
   */
  async beacon(articleId: number, readerAddress: string): Promise<Acknowledged<null>> {
    try {
      const answer = await httpRequest(`${this.origin()}/api/views`, {
        method: 'POST',
        localAddress: '127.0.0.2',
        headers: {
          'content-type': 'application/json',
          'user-agent': READER_USER_AGENT,
          'x-forwarded-for': readerAddress,
        },
        body: JSON.stringify({ articleId }),
      });
      return answer.status === 204 ? { ok: true, value: null } : { ok: false, reason: String(answer.status) };
    } catch (error) {
      return { ok: false, reason: String(error) };
    }
  }
}
