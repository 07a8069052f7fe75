// What the server acknowledged, kept by the crash story while it writes, and what each acknowledgement promises.
//
// A write in flight when the server died was not acknowledged: it may or may not have committed, so the ledger
// remembers it only to allow either outcome, never to require one.

/** An article or a job edited in sequence: every version the server acknowledged, and the one in flight. */
export type EditedRecord = {
  id: number;
  /** Titles by acknowledged version (articles: their version number; jobs: 1 for the creation, then 2, 3, …). */
  acknowledged: Map<number, string>;
  /** The title of the save that was sent but not answered when the server died. */
  inFlight: string | null;
};

export type Beacon = { round: number; answeredAt: number };

export class WriteLedger {
  readonly articles: EditedRecord[] = [];
  /** Jobs created and then updated: version 1 is the acknowledged creation, 2 and 3 its updates. */
  readonly jobs: EditedRecord[] = [];
  readonly uploads: { id: number; fileName: string }[] = [];
  readonly beacons: Beacon[] = [];
  /** Beacons sent, answered or not: the most views the server can have counted. */
  beaconsSent = 0;
  /** When each round's SIGKILL was sent (performance.now()). */
  readonly kills: number[] = [];

  /** Acknowledged writes per kind in one round, to decide when a burst has done enough to be cut short. */
  readonly perRound: { saves: number; jobs: number; uploads: number; beacons: number }[] = [];

  count(round: number, kind: 'saves' | 'jobs' | 'uploads' | 'beacons'): void {
    this.perRound[round] ??= { saves: 0, jobs: 0, uploads: 0, beacons: 0 };
    this.perRound[round][kind] += 1;
  }

  /**
   * The views the counter promises to have written when the server is killed (docs/decisions/0014-view-counting.md,
   * server/view-counter.ts): counted views are written at most `flushIntervalMs` after they are counted, so a crash
   * loses at most the views counted in that last interval. A beacon answered at least that long before the kill was
   * counted before its answer, and so was written before the kill.
   */
  guaranteedViews(flushIntervalMs: number): number {
    return this.beacons.filter((beacon) => beacon.answeredAt <= this.kills[beacon.round]! - flushIntervalMs).length;
  }
}
