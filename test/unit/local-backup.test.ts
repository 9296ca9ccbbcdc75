/**
 * The parts of `npm run backup` / `npm run restore` that need no Neo4j: file names and the command line. The
 * dumps and loads themselves are exercised by the drill, test/integration/backup.int.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBackupCli } from '../../scripts/backup-cli';
import { formatBytes, loadDump, timestamp } from '../../src/local-backup';

describe('backup file names', () => {
  it('are stamped with the UTC time, sortable and without colons', () => {
    expect(timestamp(new Date('2026-11-29T08:04:17.292Z'))).toBe('2026-11-29T08-04-17Z');
    expect(timestamp(new Date('2026-01-02T03:04:05Z')) < timestamp(new Date('2026-01-02T03:04:06Z'))).toBe(true);
  });

  it('report sizes in binary units', () => {
    expect([formatBytes(512), formatBytes(5175), formatBytes(3 * 1024 * 1024)]).toEqual(['512 B', '5.1 KiB', '3.0 MiB']);
  });
});

describe('backup command line', () => {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-backup-unit-'));
  const lines: string[] = [];
  const io = { env: { NEO4J_LOCAL_DATA_DIR: home }, log: (line: string) => lines.push(line) };
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it.each([
    ['backup', ['--bogus'], /unknown option --bogus\. usage: npm run backup/],
    ['backup', ['--to'], /--to needs a directory/],
    ['backup', ['some.dump'], /backup takes no file argument/],
    ['restore', [], /restore takes one dump file/],
    ['restore', ['a.dump', 'b.dump'], /restore takes one dump file/],
    ['dump', [], /^usage: npm run backup/],
  ])('%s %j is refused with the usage', async (command, args, message) => {
    await expect(runBackupCli(command, args, io)).rejects.toThrow(message);
  });

  it('names a data directory without a database instead of running the admin tool', async () => {
    await expect(runBackupCli('backup', ['--to', join(home, 'out')], io)).rejects.toThrow(`there is no database 'neo4j' in ${home} to back up`);
  });

  it('refuses a missing file and a file that is not a dump before touching the database', async () => {
    await expect(loadDump({ home, database: 'neo4j', file: join(home, 'nope.dump'), force: true })).rejects.toThrow(
      `no dump file at ${join(home, 'nope.dump')}`,
    );
    const text = join(home, 'notes.dump');
    writeFileSync(text, 'not a dump');
    await expect(loadDump({ home, database: 'neo4j', file: text, force: true })).rejects.toThrow(/does not start with a dump header\); nothing was changed/);
    const empty = join(home, 'empty.dump');
    writeFileSync(empty, '');
    await expect(loadDump({ home, database: 'neo4j', file: empty, force: true })).rejects.toThrow(/empty\.dump is not a Neo4j dump/);
  });
});
