// The editor's presence heartbeat (server/presence-board.ts, components/admin/editor/presence.tsx): how often an
// open, visible editor tab beats, and after how long without a beat it counts as closed (three missed beats, so a
// slow request or a busy browser does not make someone flicker out).

export const PRESENCE_BEAT_MS = 15_000;
export const PRESENCE_TTL_MS = 45_000;
