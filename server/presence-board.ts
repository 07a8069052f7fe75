// Who has which article open in the editor right now. Each open editor tab sends a heartbeat (every 15 s while
// visible, components/admin/editor/presence.tsx); a tab that stops beating counts as gone after `ttlMs`. The board is
// in-process memory: with several server instances it belongs in a shared store (Redis), which the multi-instance
// stack will bring (docs/decisions/0017-merging-stale-saves.md).

export type Viewer = { userId: number; name: string; tabId: string };

/** What a tab is told: the other people with the article open, and whether its own user has it open elsewhere. */
export type Presence = { others: string[]; elsewhere: boolean };

type Entry = { articleId: number; userId: number; name: string; seen: number };

export class PresenceBoard {
  /** Open tabs by `${userId}:${tabId}`, so one user's tab id can never stand for another's. */
  private readonly tabs = new Map<string, Entry>();

  constructor(
    private readonly options: {
      ttlMs: number;
      /** Tabs kept per user: the oldest goes first, so a script inventing tab ids cannot grow the board. */
      maxTabsPerUser: number;
      now?: () => number;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** A tab's heartbeat on `articleId`; answers who else is there. */
  beat(articleId: number, viewer: Viewer): Presence {
    const now = this.now();
    this.prune(now);
    const key = `${viewer.userId}:${viewer.tabId}`;
    this.tabs.delete(key);
    this.tabs.set(key, { articleId, userId: viewer.userId, name: viewer.name, seen: now });
    const own = [...this.tabs].filter(([, entry]) => entry.userId === viewer.userId);
    for (const [oldest] of own.slice(0, Math.max(0, own.length - this.options.maxTabsPerUser)))
      this.tabs.delete(oldest);
    return this.present(articleId, viewer);
  }

  /** A tab closing or leaving the article. */
  leave(viewer: Pick<Viewer, 'userId' | 'tabId'>) {
    this.tabs.delete(`${viewer.userId}:${viewer.tabId}`);
  }

  private present(articleId: number, viewer: Viewer): Presence {
    const others = new Map<number, string>();
    let elsewhere = false;
    for (const [key, entry] of this.tabs) {
      if (entry.articleId !== articleId || key === `${viewer.userId}:${viewer.tabId}`) continue;
      if (entry.userId === viewer.userId) elsewhere = true;
      else others.set(entry.userId, entry.name);
    }
    return { others: [...others.values()].sort((a, b) => a.localeCompare(b, 'da')), elsewhere };
  }

  private prune(now: number) {
    for (const [key, entry] of this.tabs) if (now - entry.seen > this.options.ttlMs) this.tabs.delete(key);
  }
}
