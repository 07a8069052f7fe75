// A generous per-user ceiling on uploads, so one account (or a stolen session) cannot fill the disk or keep both
// cores busy re-encoding. In memory: a restart forgets it, which is acceptable for a limit this loose.

export const UPLOADS_PER_WINDOW = 120;
export const WINDOW_MS = 10 * 60 * 1000;

const recent = new Map<number, number[]>();

/** Records an upload for the user; false when they already used their share of the window. */
export function takeUploadSlot(userId: number, now = Date.now()): boolean {
  const times = (recent.get(userId) ?? []).filter((time) => now - time < WINDOW_MS);
  const allowed = times.length < UPLOADS_PER_WINDOW;
  if (allowed) times.push(now);
  recent.set(userId, times);
  return allowed;
}
