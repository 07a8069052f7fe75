import { PRESENCE_TTL_MS } from '@/domain/presence';
import { PresenceBoard } from './presence-board';

// The server's one presence board. Next bundles server code into several module graphs, so it lives on globalThis
// (as the view counter does), one per process.
type PresenceGlobal = typeof globalThis & { __spaltePresence?: PresenceBoard };
const store = globalThis as PresenceGlobal;

export function presenceBoard(): PresenceBoard {
  store.__spaltePresence ??= new PresenceBoard({ ttlMs: PRESENCE_TTL_MS, maxTabsPerUser: 20 });
  return store.__spaltePresence;
}
