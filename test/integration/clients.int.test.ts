/**
 * The clients of README.md ("Clients") run as a person runs them: each script is a child process (ts-node for
 * clients/typescript/, a venv's python for clients/python/) against the API listening on a free port over the
 * seeded test graph, and what it prints is checked against the seeded article. The TypeScript and Python scripts
 * must print the same lines. README's "client output" blocks must be what the scripts print today
 * (UPDATE_README=1, `npm run readme:update`, rewrites them).
 *
 * Python: the suite creates `.venv-clients/` (git-ignored) with `python3 -m venv` and installs
 * clients/python/requirements.txt into it when the venv is missing or was built from other requirements; an
 * up-to-date venv costs nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ResolvedArticle } from '../../seed/model';
import { projectPath } from '../../src/paths';
import { relatedSubjectsIn, seededArticle } from './api/helpers';
import { useTestApp } from './harness';

const exec = promisify(execFile);
const README = projectPath('README.md');
const UPDATE = process.env.UPDATE_README === '1';
const REGENERATE = 'npm run readme:update';
/** `<!-- client: name -->` before the ```bash block of a script's commands; `<!-- client output: name -->` before what it prints. */
const COMMANDS_BLOCK = /^<!-- client: ([\w-]+) -->\n```bash\n([\s\S]*?)^```$/gm;
const OUTPUT_BLOCK = /^(<!-- client output: ([\w-]+) -->\n```text\n)([\s\S]*?)(^```)$/gm;
const SETUP_TIMEOUT = 300_000;

const VENV = projectPath('.venv-clients');
const VENV_PYTHON = join(VENV, 'bin', 'python');
const REQUIREMENTS = projectPath('clients', 'python', 'requirements.txt');
/** A copy of the requirements the venv was built from, so a changed requirements.txt rebuilds it. */
const INSTALLED = join(VENV, 'installed-requirements.txt');

/** The venv with clients/python/requirements.txt, built only when missing or stale. */
async function pythonVenv(): Promise<string> {
  const wanted = readFileSync(REQUIREMENTS, 'utf8');
  if (existsSync(VENV_PYTHON) && existsSync(INSTALLED) && readFileSync(INSTALLED, 'utf8') === wanted) return VENV_PYTHON;
  try {
    await exec('python3', ['-c', 'import sys; assert sys.version_info >= (3, 9), sys.version']);
  } catch (error) {
    throw new Error(`the Python clients need Python 3.9+ as python3 (README.md, Prerequisites): ${(error as Error).message}`, { cause: error });
  }
  await exec('python3', ['-m', 'venv', '--clear', VENV]);
  await exec(VENV_PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS]);
  writeFileSync(INSTALLED, wanted);
  return VENV_PYTHON;
}

interface Script {
  program: () => string;
  /** The script as README.md runs it (the endpoint is added). */
  args: string[];
  /** Options of the program only the test adds. */
  options?: string[];
}

let python = 'python3';
// ts-node as README.md runs it, without its type check: `npm run typecheck` checks clients/ (tsconfig.json).
const tsNode = (script: string) => ({ program: () => projectPath('node_modules', '.bin', 'ts-node'), args: [script], options: ['--transpile-only'] });
const SCRIPTS = {
  'typescript/who-spoke-with-whom': tsNode('clients/typescript/who-spoke-with-whom.ts'),
  'typescript/what-xi-said-about-ukraine': tsNode('clients/typescript/what-xi-said-about-ukraine.ts'),
  'python/who-spoke-with-whom': { program: () => python, args: ['clients/python/who_spoke_with_whom.py'] },
  'python/what-xi-said-about-ukraine': { program: () => python, args: ['clients/python/what_xi_said_about_ukraine.py'] },
} satisfies Record<string, Script>;
type ScriptName = keyof typeof SCRIPTS;

async function runScript(name: ScriptName, endpoint: string): Promise<string> {
  const { program, args, options = [] }: Script = SCRIPTS[name];
  const { stdout } = await exec(program(), [...options, ...args, endpoint], { cwd: projectPath(), env: { ...process.env, GRAPHQL_ENDPOINT: '' } });
  return stdout;
}

/** Xi's statements about Ukraine or what aboutRelated ties to it, from the annotations. */
function xiOnUkraine(article: ResolvedArticle) {
  const related = relatedSubjectsIn(article, 'country:ukraine');
  return article.statements.filter((s) => s.speakerId === 'person:xi-jinping' && s.aboutIds.some((id) => related.has(id)));
}

describe('clients/ scripts against the API', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  const outputs = new Map<ScriptName, string>();

  beforeAll(async () => {
    article = await seededArticle();
    python = await pythonVenv();
    const endpoint = `${app.http}/graphql`;
    // One at a time: the machines that run the tests may be busy enough without four processes at once.
    for (const name of Object.keys(SCRIPTS) as ScriptName[]) outputs.set(name, await runScript(name, endpoint));
  }, SETUP_TIMEOUT);

  it('who-spoke-with-whom: every speaker → addressee pair of the article with its count, most first', () => {
    const output = outputs.get('typescript/who-spoke-with-whom')!;
    const names = new Map(article.entities.map((e) => [e.id, e.name]));
    const expected = new Map<string, number>();
    for (const s of article.statements) {
      for (const to of s.addresseeIds) {
        const pair = `${names.get(s.speakerId)} → ${names.get(to)}`;
        expected.set(pair, (expected.get(pair) ?? 0) + 1);
      }
    }
    // The call: Xi's eight statements to Putin (the article's annotations say so, and so must the script).
    expect(expected.get('Xi Jinping → Vladimir Putin')).toBe(8);

    const [header, ...lines] = output.trimEnd().split('\n');
    expect(header).toBe(`${expected.size} speaker → addressee pairs`);
    const printed = lines.map((line) => {
      const match = /^ *(\d+) {2}(.+)$/.exec(line);
      if (!match) throw new Error(`not a "count  speaker → addressee" line: ${JSON.stringify(line)}`);
      return [match[2], Number(match[1])] as const;
    });
    expect(new Map(printed)).toEqual(expected);
    expect(printed.find(([pair]) => pair === 'Xi Jinping → Vladimir Putin')?.[1]).toBe(expected.get('Xi Jinping → Vladimir Putin'));
    const counts = printed.map(([, count]) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('what-xi-said-about-ukraine: each statement with its date and the article’s verbatim words', () => {
    const output = outputs.get('typescript/what-xi-said-about-ukraine')!;
    const expected = xiOnUkraine(article);
    expect(expected.length).toBeGreaterThan(0);

    const [header, ...blocks] = output.trimEnd().split('\n\n');
    expect(header).toBe(`Xi Jinping on Ukraine (aboutRelated: true): ${expected.length} statements`);
    expect(blocks).toHaveLength(expected.length);
    const byId = new Map(expected.map((s) => [s.id, s]));
    for (const block of blocks) {
      const [first, about, ...quotes] = block.split('\n');
      const id = first.slice(first.lastIndexOf(': ') + 2);
      const statement = byId.get(id);
      if (!statement) throw new Error(`printed a statement that is not Xi's about Ukraine: ${first}`);
      byId.delete(id);
      expect(first.startsWith(statement.date ? `${statement.date.value} (${statement.date.precision}` : 'undated')).toBe(true);
      expect(about.startsWith('  about: ')).toBe(true);
      expect(quotes).toEqual(statement.evidence.map((e) => `  > ${e.quote}`));
      for (const quote of quotes) expect(article.text).toContain(quote.slice('  > '.length));
    }
    expect([...byId.keys()]).toEqual([]);
    // A known quote, word for word as the article has it (curly quotes included).
    const known = 'Xi stated that China was “pleased to see the positive efforts made by Russia and all parties concerned to defuse the crisis,”';
    expect(article.text).toContain(known);
    expect(output).toContain(`  > ${known}\n`);
  });

  it('prints the same lines from TypeScript and Python', () => {
    expect(outputs.get('python/who-spoke-with-whom')).toBe(outputs.get('typescript/who-spoke-with-whom'));
    expect(outputs.get('python/what-xi-said-about-ukraine')).toBe(outputs.get('typescript/what-xi-said-about-ukraine'));
  });

  describe('README.md, "Clients"', () => {
    const readme = readFileSync(README, 'utf8');
    const commands = new Map([...readme.matchAll(COMMANDS_BLOCK)].map(([, name, block]) => [name, block]));
    const shown = new Map([...readme.matchAll(OUTPUT_BLOCK)].map(([, , name, block]) => [name, block]));
    const questions = ['who-spoke-with-whom', 'what-xi-said-about-ukraine'] as const;

    afterAll(() => {
      if (!UPDATE || outputs.size !== Object.keys(SCRIPTS).length) return;
      const updated = readme.replace(OUTPUT_BLOCK, (whole, open: string, name: string, _old: string, close: string) => {
        const printed = outputs.get(`typescript/${name}` as ScriptName);
        return printed === undefined ? whole : `${open}${printed}${close}`;
      });
      if (updated !== readme) writeFileSync(README, updated);
    });

    it('shows the commands of both languages for each question', () => {
      expect([...commands.keys()]).toEqual(questions);
      for (const question of questions) {
        for (const language of ['typescript', 'python'] as const) expect(commands.get(question)).toContain(SCRIPTS[`${language}/${question}`].args[0]);
      }
    });

    it.each(questions)(`%s prints what README.md shows (if the new output is right: ${REGENERATE})`, (question) => {
      expect([...shown.keys()]).toEqual(questions);
      if (UPDATE) return;
      expect(shown.get(question)).toBe(outputs.get(`typescript/${question}`));
    });
  });

  it('xi_statements_csv: pandas.read_csv reads the statements export as it is', async () => {
    const { stdout } = await exec(python, ['clients/python/xi_statements_csv.py', `${app.http}/graphql`], { cwd: projectPath() });
    const [header, ...lines] = stdout.trimEnd().split('\n');
    const xi = article.statements.filter((s) => s.speakerId === 'person:xi-jinping');
    const spans = xi.reduce((n, s) => n + s.evidence.length, 0);
    expect(header).toBe(`${xi.length} statements by Xi Jinping, ${spans} evidence spans`);
    const acts = new Map<string, number>();
    for (const s of xi) acts.set(s.act, (acts.get(s.act) ?? 0) + 1);
    const byAct = lines.filter((line) => line.startsWith('  ')).map((line) => line.trim());
    expect(byAct).toEqual([...acts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([act, n]) => `${act}: ${n}`));
    // The first row's quote is the article's text at the row's offsets, as pandas read them (integers).
    const first = /^first: (\S+) \[(\d+):(\d+)\] (.*)$/.exec(lines[lines.length - 1])!;
    expect(first).not.toBeNull();
    expect(xi.map((s) => s.id)).toContain(first[1]);
    expect(article.text.slice(Number(first[2]), Number(first[3]))).toBe(first[4]);
  });

  it('exits 1 with the reason when the API does not answer', async () => {
    const closed = `${app.http.replace(/:\d+$/, ':9')}/graphql`;
    for (const name of ['typescript/who-spoke-with-whom', 'python/who-spoke-with-whom'] as const) {
      await expect(runScript(name, closed)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/\S/) });
    }
  });
});
