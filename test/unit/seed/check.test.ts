/**
 * `npm run validate` (seed/check.ts), run as a person runs it: on the real article folder, and on a broken copy
 * of it in a temp dir. No database: the command only validates.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const REAL = join(ROOT, 'seed', 'articles', 'xi-putin-call-2025-02-24');

function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('npm run validate', () => {
  let dir: string;
  let broken: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-'));
    broken = join(dir, 'broken-article');
    cpSync(REAL, broken, { recursive: true });
    // Gabuev's anniversary quotation loses its statement, and an entity is marked as an unreviewed draft.
    const file = join(broken, 'annotations.json');
    const annotations = JSON.parse(readFileSync(file, 'utf8')) as { entities: { draft?: boolean }[]; statements: { id: string }[] };
    annotations.statements = annotations.statements.filter((s) => s.id !== 'statement:gabuev-anniversary-timing-shows-robust-partnership');
    annotations.entities[3].draft = true;
    writeFileSync(file, JSON.stringify(annotations, null, 2));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the real article folder (exit 0)', async () => {
    const { code, stdout, stderr } = await validate(REAL);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/xi-putin-call-2025-02-24 is valid: \d+ entities, \d+ statements, \d+ relations/);
    expect(code).toBe(0);
  });

  it('lists every problem of a broken copy with file:line and JSON path (exit 1)', async () => {
    const { code, stderr } = await validate(broken);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('validate: 2 problem(s) in 1 article folder(s):');
    const text = readFileSync(join(broken, 'article.txt'), 'utf8').split('\n');
    const quoteLine = text.findIndex((l) => l.includes('“fact that both sides did it')) + 1;
    expect(lines[1]).toMatch(
      new RegExp(`broken-article/article\\.txt:${quoteLine}: the quotation “fact that both sides did it .*” \\(p\\d+\\) is in no statement’s evidence`),
    );
    const draftLine =
      readFileSync(join(broken, 'annotations.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"draft": true')) + 1;
    expect(lines[2]).toContain(`broken-article/annotations.json:${draftLine} entities[3].draft: unreviewed draft entity "person:alexander-gabuev"`);
  });

  it('accepts drafts with --allow-drafts, and still lists the other problems', async () => {
    const { code, stderr } = await validate('--allow-drafts', broken);
    expect(code).toBe(1);
    expect(stderr).toContain('validate: 1 problem(s) in 1 article folder(s):');
    expect(stderr).not.toContain('draft');
  });

  it('refuses an unknown option (exit 2)', async () => {
    const { code, stderr } = await validate('--allow-draft', REAL);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --allow-draft');
  });
});
