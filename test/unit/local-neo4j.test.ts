import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseMavenDownload } from '../../src/local-neo4j';
import { projectPath } from '../../src/paths';

/**
 * test/fixtures/maven/ holds excerpts of what Maven 3.8.7 printed on real first runs of neo4j/pom.xml into an
 * empty local repository, verbatim but for the repository's address (replaced by central.example):
 *  - batch.txt: `mvn -B … package` as src/local-neo4j.ts runs it (`[INFO] Downloaded from …`);
 *  - interactive.txt: `mvn … package` without -B (colours, `Progress (n): …` updates ended by carriage returns).
 * `mvn -q` printed nothing at all, so it has no fixture. Each file is read line by line as ensureJars reads
 * Maven's output (node:readline, which also ends a line at a lone carriage return).
 */
async function downloadsIn(fixture: string): Promise<{ files: number; bytes: number; urls: string[] }> {
  const total = { files: 0, bytes: 0, urls: [] as string[] };
  for await (const line of createInterface({ input: createReadStream(projectPath('test', 'fixtures', 'maven', fixture)) })) {
    const download = parseMavenDownload(line);
    if (!download) continue;
    total.files += 1;
    total.bytes += download.bytes;
    total.urls.push(download.url);
  }
  return total;
}

describe('parseMavenDownload', () => {
  it('reads the file and its size from a batch-mode line', () => {
    expect(
      parseMavenDownload(
        '[INFO] Downloaded from central: https://central.example/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (2.5 MB at 4.7 MB/s)',
      ),
    ).toEqual({ url: 'https://central.example/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar', bytes: 2_500_000 });
    expect(parseMavenDownload('[INFO] Downloaded from central: https://central.example/maven2/a/b/1/b-1.pom (806 B at 134 kB/s)')?.bytes).toBe(806);
    expect(parseMavenDownload('[INFO] Downloaded from central: https://central.example/maven2/a/b/1/b-1.pom (8.1 kB at 23 kB/s)')?.bytes).toBe(8100);
  });

  it('takes a line without a speed (Maven leaves it out when the transfer took no measurable time)', () => {
    expect(parseMavenDownload('[INFO] Downloaded from central: https://central.example/maven2/a/b/1/b-1.pom (1.8 kB)')?.bytes).toBe(1800);
  });

  it('ignores every other line', () => {
    for (const line of [
      '[INFO] Downloading from central: https://central.example/maven2/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.jar',
      'Progress (1): 4.1/8.1 kB',
      '[INFO] Building jar: /tmp/mvn-b/lib/launcher.jar',
      '[INFO] BUILD SUCCESS',
      '',
    ]) {
      expect(parseMavenDownload(line)).toBeUndefined();
    }
  });

  it('counts every download of a real batch-mode run, the only mode ensureJars uses', async () => {
    const { files, bytes, urls } = await downloadsIn('batch.txt');
    expect(files).toBe(47);
    expect(bytes).toBe(29_858_006);
    expect(urls).toContain('https://central.example/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar');
  });

  it('counts the downloads of a real interactive run as well', async () => {
    const { files, bytes } = await downloadsIn('interactive.txt');
    expect(files).toBe(18);
    expect(bytes).toBe(8_149_700);
  });
});
