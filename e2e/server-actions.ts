import type { APIRequestContext, APIResponse, Page } from '@playwright/test';

// Calling server actions directly, as an attacker would: a story lets an authorised user click each button once,
// records the requests (the action's id and the router state it was sent with), then replays them with another
// session or none and checks that nothing changed.

export type RecordedAction = { url: string; id: string; tree: string };

/** Records, by name, the server-action request each `click` makes on `page`. */
export function actionRecorder(page: Page) {
  const actions = new Map<string, RecordedAction>();
  const record = async (name: string, click: () => Promise<void>) => {
    const captured = page.waitForRequest(
      (request) => request.method() === 'POST' && Boolean(request.headers()['next-action']),
    );
    await click();
    const request = await captured;
    actions.set(name, {
      url: request.url(),
      id: request.headers()['next-action']!,
      tree: request.headers()['next-router-state-tree'] ?? '',
    });
  };
  return { actions, record };
}

/** Records the next server-action request `page` makes while `click` runs. */
export async function recordAction(page: Page, click: () => Promise<void>): Promise<RecordedAction> {
  const { actions, record } = actionRecorder(page);
  await record('action', click);
  return actions.get('action')!;
}

/** Calls a recorded action with `args` as `caller` (a page or a browser context: its cookies decide who calls). */
export function callAction(
  caller: { request: APIRequestContext },
  action: RecordedAction,
  args: unknown[],
  options: { maxRedirects?: number } = {},
): Promise<APIResponse> {
  return caller.request.post(action.url, {
    headers: {
      'next-action': action.id,
      'next-router-state-tree': action.tree,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: JSON.stringify(args),
    ...options,
  });
}
