import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { backupSchedule } from './backup-schedule';

describe('the automatic backup schedule', () => {
  it('is off unless an interval is set, and off with an interval of 0', () => {
    assert.equal(backupSchedule({}), null);
    assert.equal(backupSchedule({ BACKUP_DIR: '/srv/backups' }), null);
    assert.equal(backupSchedule({ BACKUP_DIR: '/srv/backups', BACKUP_INTERVAL_HOURS: '0' }), null);
  });

  it('takes the folder, the interval in hours and how many to keep (7 unless said)', () => {
    assert.deepEqual(backupSchedule({ BACKUP_DIR: '/srv/backups', BACKUP_INTERVAL_HOURS: '0.5' }), {
      dir: '/srv/backups',
      intervalMs: 30 * 60 * 1000,
      keep: 7,
    });
    assert.equal(backupSchedule({ BACKUP_DIR: '/b', BACKUP_INTERVAL_HOURS: '24', BACKUP_KEEP: '30' })?.keep, 30);
  });

  it('refuses an interval without a folder and values that are not numbers', () => {
    assert.throws(() => backupSchedule({ BACKUP_INTERVAL_HOURS: '24' }), /BACKUP_DIR is not/);
    assert.throws(() => backupSchedule({ BACKUP_DIR: '/b', BACKUP_INTERVAL_HOURS: 'daily' }), /positive number/);
    assert.throws(
      () => backupSchedule({ BACKUP_DIR: '/b', BACKUP_INTERVAL_HOURS: '24', BACKUP_KEEP: '0' }),
      /1 or more/,
    );
  });
});
