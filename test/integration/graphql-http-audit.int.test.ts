/**
 * The GraphQL-over-HTTP conformance audit of the graphql-http package (graphql.github.io/graphql-over-http), run
 * against the real app: every MUST passes; the SHOULDs that do not are listed here with why, printed in the test
 * output and in README.md ("Endpoints"), so a change in either direction fails the test.
 */
import type { AuditResult } from 'graphql-http';
import { serverAudits } from 'graphql-http';
import { useTestApp } from './harness';

/**
 * The audits that do not pass, by id (README.md, "Endpoints", says the same). All are Apollo Server's own
 * choices, kept: 400 for a document that does not parse or validate and for variables that do not coerce, in
 * application/json too (the SHOULD asks for 200 there; a 400 tells any HTTP client the request was wrong), and
 * GET requests refused by Apollo's CSRF prevention unless they carry a header a browser form cannot send
 * (`apollo-require-preflight`, or a content type other than a simple one), which the audit's GETs do not.
 */
const KNOWN: Record<string, string> = {
  '572B': 'SHOULD use 200 on document parsing failure with application/json: Apollo answers 400',
  FDE2: 'SHOULD use 200 on document validation failure with application/json: Apollo answers 400',
  '7B9B': 'SHOULD use 200 on variable coercion failure with application/json: Apollo answers 400',
  '5A70': 'MAY accept application/x-www-form-urlencoded GETs: CSRF prevention refuses them',
  D6D5: 'MAY allow a JSON {variables} parameter in GETs (graphql-response+json): CSRF prevention refuses such GETs',
  '6A70': 'MAY allow a JSON {variables} parameter in GETs (application/json): CSRF prevention refuses such GETs',
};

const app = useTestApp();

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  let results: AuditResult[] = [];
  beforeAll(async () => {
    results = [];
    for (const audit of serverAudits({ url: () => `${app.http}/graphql` })) results.push(await audit.fn());
  });

  it('runs every audit', () => {
    expect(results.length).toBeGreaterThan(40);
  });

  it('passes every MUST', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
  });

  it('reports the SHOULDs and MAYs that do not pass, exactly the known ones', () => {
    const others = results.filter((r) => !r.name.startsWith('MUST') && r.status !== 'ok');
    console.log(others.map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`).join('\n'));
    expect(others.map((r) => r.id).sort()).toEqual(Object.keys(KNOWN).sort());
  });
});
