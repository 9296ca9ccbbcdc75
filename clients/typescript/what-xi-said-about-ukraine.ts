/**
 * What Xi Jinping said about Ukraine: his statements about Ukraine and what is tied to it (`aboutRelated: true`:
 * its forces and the war they fight), each with its date and the article's verbatim words, every page.
 * Usage: npx ts-node clients/typescript/what-xi-said-about-ukraine.ts [endpoint]
 */
import type { StatementsAboutQuery } from './generated/graphql';
import { StatementsAboutDocument } from './generated/graphql';
import { endpoint, request, run } from './request';

type Statement = StatementsAboutQuery['statements']['edges'][number]['node'];

const SPEAKER = 'person:xi-jinping';
const SUBJECT = 'country:ukraine';

function dateOf(statement: Statement): string {
  if (!statement.date) return 'undated';
  const words = statement.date.text ? `, “${statement.date.text}”` : '';
  return `${statement.date.value} (${statement.date.precision}${words})`;
}

run(async () => {
  const url = endpoint();
  const found: Statement[] = [];
  let after: string | null = null;
  for (;;) {
    const { statements }: StatementsAboutQuery = await request(url, StatementsAboutDocument, { speakerId: SPEAKER, aboutId: SUBJECT, after });
    found.push(...statements.edges.map((edge) => edge.node));
    if (!statements.pageInfo.hasNextPage) break;
    after = statements.pageInfo.endCursor;
  }

  console.log(`Xi Jinping on Ukraine (aboutRelated: true): ${found.length} statements`);
  for (const statement of found) {
    const about = statement.about.map((subject) => ('name' in subject ? subject.name : subject.id)).join(', ');
    console.log('');
    console.log(`${dateOf(statement)}: ${statement.id}`);
    console.log(`  about: ${about}`);
    for (const { quote } of statement.evidence) console.log(`  > ${quote}`);
  }
});
