import { createHmac, randomBytes } from 'node:crypto';

import type { ViewCount } from '@/db/queries/views';
import { addressGroup } from '@/domain/client-address';
import { copenhagenDay } from '@/domain/dates';
import { log } from '@/server/log';

// Counts reads so that a loop cannot buy "Mest læste" (issue 14), and cheaply, because every article view sends a
// beacon. The reasoning and the numbers: docs/decisions/0014-view-counting.md.
//
// - Who reads is an anonymous key: HMAC-SHA256 of the client's address (an IPv6 address by its /64) and user agent
//   under a random salt made in memory and replaced at Copenhagen midnight. The salt is never stored or logged, so
//   a key cannot be traced back to an address, nor linked to the same reader's key of another day; neither address
//   nor user agent is kept.
// - A reader's view of an article counts once per VIEW_LIMITS.windowMs. Repeats are answered like counted views.
// - A beacon flood from one reader, or from one address across its user agents, is refused with 429 until the
//   minute turns (the route adds Retry-After).
// - One address, however many user agents it shows (an office behind NAT, or a loop that varies them), adds at most
//   addressViewsPerArticle views to one article per day, to at most addressArticlesPerDay articles.
// - Counted views are summed in memory and written in one transaction at most once per flushIntervalMs. A crash
//   (kill -9, power loss) loses the counts since the last write, at most that interval's worth; a normal stop writes
//   them (server/views.ts). Nothing is expired on a write: "Mest læste" refreshes by time (db/queries/views.ts).
//
// Every table is bounded (max* below), so a flood of distinct keys costs a fixed amount of memory, and everything
// keyed by the salt is dropped with it at midnight.

export const VIEW_LIMITS = {
  /** A reader's repeat views of an article within this time count once. */
  windowMs: 30 * 60 * 1000,
  /** Beacons per minute from one reader: someone opening a dozen tabs at once stays well below. */
  readerBeaconsPerMinute: 30,
  /** Beacons per minute from one address, all its readers together: loose, for offices and carrier NAT. */
  addressBeaconsPerMinute: 600,
  /** Views one address can add to one article per Copenhagen day. */
  addressViewsPerArticle: 30,
  /** Articles one address can add views to per day, so one address cannot churn the tally's memory. */
  addressArticlesPerDay: 500,
  /** Reader-and-article pairs remembered for the window; the oldest are forgotten first. */
  maxRecentViews: 50_000,
  /** Readers and addresses counted per minute; when full, newcomers are refused until the minute turns. */
  maxRateKeys: 50_000,
  /** Address-and-article pairs tallied per day; the least recently active addresses are forgotten first. */
  maxTallied: 100_000,
  /** The longest counted views wait in memory before they are written. */
  flushIntervalMs: 1000,
} as const;

export type ViewLimits = { [Key in keyof typeof VIEW_LIMITS]: number };

/** The anonymous keys of one client for today: per reader (address and user agent) and per address. */
export type ViewClient = { reader: string; address: string };

export type Admission = { client: ViewClient } | { retryAfterSeconds: number };

const MINUTE_MS = 60 * 1000;

/** Keys remembered for a fixed time, oldest first (a Map keeps insertion order), never more than `max`. */
export class RecentSet {
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  /** Remembers `key` unless it is already remembered; true when it was new. */
  add(key: string, now: number): boolean {
    this.forgetExpired(now);
    if ((this.expiries.get(key) ?? 0) > now) return false;
    this.expiries.delete(key);
    if (this.expiries.size >= this.max) this.expiries.delete(this.expiries.keys().next().value!);
    this.expiries.set(key, now + this.ttlMs);
    return true;
  }

  private forgetExpired(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) return;
      this.expiries.delete(key);
    }
  }

  get size(): number {
    return this.expiries.size;
  }

  clear(): void {
    this.expiries.clear();
  }
}

/** Requests per key in the current clock minute. A fixed window: one Map, emptied when the minute turns. */
export class MinuteRate {
  private minute = -1;
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxKeys: number) {}

  /** Counts a request for each key; false (and nothing counted) when any is at its limit or the table is full. */
  take(limits: ReadonlyMap<string, number>, now: number): boolean {
    const minute = Math.floor(now / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts.clear();
    }
    for (const [key, limit] of limits) {
      const count = this.counts.get(key);
      if (count === undefined ? this.counts.size >= this.maxKeys : count >= limit) return false;
    }
    for (const key of limits.keys()) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return true;
  }

  /** Seconds until the current minute ends, at least 1 (for Retry-After). */
  static secondsLeft(now: number): number {
    return Math.max(1, Math.ceil((MINUTE_MS - (now % MINUTE_MS)) / 1000));
  }

  get size(): number {
    return this.counts.size;
  }

  clear(): void {
    this.counts.clear();
  }
}

/**
 * Views per address and article for the day. Kept per address, most recently active last, so that when the whole
 * table is over its budget the addresses not seen for longest are forgotten first, and one address (limited to
 * `articlesPerAddress` entries) cannot push the others out. An address's tally is a flat array of article id and
 * count pairs: most addresses read a handful of articles, and a Map per address would cost ten times the memory.
 */
export class AddressTally {
  private readonly byAddress = new Map<string, number[]>();
  private entries = 0;

  constructor(
    private readonly perArticle: number,
    private readonly articlesPerAddress: number,
    private readonly maxEntries: number,
  ) {}

  /** Counts one view of the article from the address; false when the address has used its share. */
  take(address: string, articleId: number): boolean {
    const found = this.byAddress.get(address);
    const at = found ? indexOfArticle(found, articleId) : -1;
    if (found && at >= 0) {
      if (found[at + 1]! >= this.perArticle) return false;
      found[at + 1]! += 1;
    } else {
      if (found && found.length / 2 >= this.articlesPerAddress) return false;
      this.entries += 1;
      found?.push(articleId, 1);
    }
    // A new address gets a literal: push() on an empty array would reserve room for sixteen numbers.
    const pairs = found ?? [articleId, 1];
    this.byAddress.delete(address);
    this.byAddress.set(address, pairs);
    this.forgetLeastRecent(address);
    return true;
  }

  private forgetLeastRecent(keep: string): void {
    for (const [address, pairs] of this.byAddress) {
      if (this.entries <= this.maxEntries || address === keep) return;
      this.byAddress.delete(address);
      this.entries -= pairs.length / 2;
    }
  }

  get size(): number {
    return this.entries;
  }

  clear(): void {
    this.byAddress.clear();
    this.entries = 0;
  }
}

function indexOfArticle(pairs: readonly number[], articleId: number): number {
  for (let index = 0; index < pairs.length; index += 2) if (pairs[index] === articleId) return index;
  return -1;
}

export type ViewCounterOptions = {
  /** Writes a batch in one transaction (db/queries/views.ts addViews). */
  write: (counts: ViewCount[]) => void;
  now?: () => number;
  /** A fresh secret for the day's keys. */
  newSalt?: () => Buffer;
  /** Runs `flush` after `ms`; the server's does not keep the process alive for it. */
  schedule?: (flush: () => void, ms: number) => void;
  limits?: Partial<ViewLimits>;
};

export class ViewCounter {
  private readonly limits: ViewLimits;
  private readonly now: () => number;
  private readonly newSalt: () => Buffer;
  private readonly schedule: (flush: () => void, ms: number) => void;
  private readonly write: (counts: ViewCount[]) => void;

  private salt: { day: string; secret: Buffer } | null = null;
  private readonly recent: RecentSet;
  private readonly rate: MinuteRate;
  private readonly tally: AddressTally;
  private pending = new Map<string, ViewCount>();
  private flushScheduled = false;

  constructor(options: ViewCounterOptions) {
    this.limits = { ...VIEW_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.newSalt = options.newSalt ?? (() => randomBytes(32));
    this.schedule = options.schedule ?? ((flush, ms) => setTimeout(flush, ms).unref());
    this.write = options.write;
    this.recent = new RecentSet(this.limits.windowMs, this.limits.maxRecentViews);
    this.rate = new MinuteRate(this.limits.maxRateKeys);
    this.tally = new AddressTally(
      this.limits.addressViewsPerArticle,
      this.limits.addressArticlesPerDay,
      this.limits.maxTallied,
    );
  }

  /** The client's keys if it may send another beacon now, else how long it should wait. */
  admit(address: string, userAgent: string): Admission {
    const now = this.now();
    const client = this.keys(address, userAgent, now);
    const limits = new Map([
      [`r${client.reader}`, this.limits.readerBeaconsPerMinute],
      [`a${client.address}`, this.limits.addressBeaconsPerMinute],
    ]);
    return this.rate.take(limits, now) ? { client } : { retryAfterSeconds: MinuteRate.secondsLeft(now) };
  }

  /** Counts a view of a published article unless the reader counted it within the window or the address is spent. */
  count(client: ViewClient, articleId: number): boolean {
    const now = this.now();
    // Admitted just before midnight, counted after it: the keys belong to a salt that is gone.
    if (this.salt?.day !== copenhagenDay(now)) return false;
    if (!this.recent.add(`${client.reader}:${articleId}`, now)) return false;
    if (!this.tally.take(client.address, articleId)) return false;
    const day = this.salt.day;
    const key = `${day}:${articleId}`;
    const pending = this.pending.get(key);
    if (pending) pending.count += 1;
    else this.pending.set(key, { articleId, day, count: 1 });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.schedule(() => this.flush(), this.limits.flushIntervalMs);
    }
    return true;
  }

  /**
   * Writes the counted views now, in one transaction. If the write fails (the database busy beyond its timeout),
   * the views are kept for the next attempt. Synchronous, so it can run from the process's 'exit' event.
   */
  flush(): number {
    this.flushScheduled = false;
    const batch = [...this.pending.values()];
    if (batch.length === 0) return 0;
    this.pending = new Map();
    try {
      this.write(batch);
    } catch (error) {
      log.error('views.write-failed', { err: error, rows: batch.length }, 'could not write counted views; will retry');
      for (const row of batch) this.restore(row);
      this.flushScheduled = true;
      this.schedule(() => this.flush(), this.limits.flushIntervalMs);
      return 0;
    }
    return batch.reduce((sum, row) => sum + row.count, 0);
  }

  /** Entries per table, to check that memory stays bounded. */
  sizes() {
    return { recent: this.recent.size, rate: this.rate.size, tally: this.tally.size, pending: this.pending.size };
  }

  private restore(row: ViewCount): void {
    const key = `${row.day}:${row.articleId}`;
    const pending = this.pending.get(key);
    if (pending) pending.count += row.count;
    else this.pending.set(key, row);
  }

  private keys(address: string, userAgent: string, now: number): ViewClient {
    const secret = this.saltFor(copenhagenDay(now));
    const group = addressGroup(address);
    // 128 bits of the HMAC, as a string of its own (a slice of the full digest would keep the digest alive too).
    const hash = (text: string) =>
      createHmac('sha256', secret).update(text).digest().subarray(0, 16).toString('base64url');
    return { reader: hash(`reader\n${group}\n${userAgent}`), address: hash(`address\n${group}`) };
  }

  /** Today's salt; a new day gets a new one, and everything keyed by the old one is forgotten. */
  private saltFor(day: string): Buffer {
    if (this.salt?.day !== day) {
      this.salt = { day, secret: this.newSalt() };
      this.recent.clear();
      this.rate.clear();
      this.tally.clear();
    }
    return this.salt.secret;
  }
}
