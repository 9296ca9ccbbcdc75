/**
 * The rule list against the rule files: a rule file left out of specifiedRules.ts would never run, and one
 * without its own test here would have nothing to show that it still reports what it says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { specifiedRules } from '../../../../../seed/annotations/rules/specifiedRules';

const RULES = join(__dirname, '..', '..', '..', '..', '..', 'seed', 'annotations', 'rules');
const ruleFiles = readdirSync(RULES)
  .filter((f) => f.endsWith('Rule.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('specifiedRules', () => {
  it('lists every rule file once, by the name of its file', () => {
    expect(specifiedRules.map((rule) => rule.name).sort()).toEqual(ruleFiles.sort());
    expect(ruleFiles.length).toBeGreaterThan(10);
  });

  it('has a test file for every rule', () => {
    const tests = new Set(readdirSync(__dirname));
    expect(ruleFiles.filter((rule) => !tests.has(`${rule}.test.ts`))).toEqual([]);
  });
});
