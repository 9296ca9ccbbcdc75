/**
 * The real annotation folder (seed/articles/xi-putin-call-2025-02-24): it resolves with no problem, every span
 * is exactly the text it claims, and spot checks against values computed here independently of the resolver.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFolder } from '../../../../seed/annotations';
import type { ResolvedArticle, ResolvedEvidence } from '../../../../seed/model';

const FOLDER = join(__dirname, '..', '..', '..', '..', 'seed', 'articles', 'xi-putin-call-2025-02-24');
const ARTICLE_ID = 'article:2025-02-24-xi-putin-no-limits';
const TITLE = 'China’s Xi calls for a ‘no boundaries’ collaboration with Putin in response to the anniversary of the war in Ukraine';

/** Whole-word occurrences counted here with a regex, independently of the resolver's scanner. */
function countWord(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].length;
}

describe('the Xi–Putin article folder', () => {
  let article: ResolvedArticle;
  let allEvidence: { owner: string; e: ResolvedEvidence }[];

  beforeAll(async () => {
    article = await readArticleFolder(FOLDER);
    allEvidence = [
      ...article.entities.flatMap((x) => [...x.mentions, ...(x.evidence ?? [])].map((e) => ({ owner: x.id, e }))),
      ...article.statements.flatMap((s) => s.evidence.map((e) => ({ owner: s.id, e }))),
      ...article.relations.flatMap((r) => r.evidence.map((e) => ({ owner: r.id, e }))),
    ];
  });

  it('resolves with zero problems and the metadata of article.json', () => {
    expect(article.id).toBe(ARTICLE_ID);
    expect(article.title).toBe(TITLE);
    expect(article.publishedOn).toBe('2025-02-24');
    expect(article.language).toBe('en');
    expect(article.source).toMatch(/seed/);
  });

  it('stores the article text without page boilerplate, with curly quotes and the original typo', () => {
    const file = readFileSync(join(FOLDER, 'article.txt'), 'utf8');
    expect(file.endsWith('earlier this month.\n')).toBe(true);
    expect(file.endsWith('\n\n')).toBe(false);
    expect(article.text).toBe(file.slice(0, -1));
    expect(article.text.startsWith(`${TITLE}\n\n`)).toBe(true);
    expect(article.text).not.toContain('Add a Comment');
    expect(article.text).not.toContain('Your email address will not be published');
    expect(article.text).toContain('‘RUBUST COLLABORATION’');
    expect(article.text).toContain('“no limits”');
    expect(article.text).not.toMatch(/["'\r]/);
    expect(article.textSha256).toBe(createHash('sha256').update(article.text).digest('hex'));
  });

  it('splits the text into 20 passages (title and sub-heading included) that rebuild it exactly', () => {
    const paragraphs = article.text.split('\n\n');
    expect(article.passages).toHaveLength(20);
    expect(article.passages.map((p) => p.text)).toEqual(paragraphs);
    expect(article.passages.map((p) => p.text).join('\n\n')).toBe(article.text);
    article.passages.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.id).toBe(`${ARTICLE_ID}#p${i}`);
      expect(article.text.slice(p.start, p.end)).toBe(p.text);
    });
    expect(article.passages[0].text).toBe(TITLE);
    expect(article.passages[10].text).toBe('‘RUBUST COLLABORATION’');
    expect(article.passages[19].text).toMatch(/^Preparations for the celebration/);
  });

  it('every evidence span and mention is exactly the text at its offsets, inside its passage', () => {
    expect(allEvidence.length).toBeGreaterThan(200);
    const distinct = new Set(allEvidence.map(({ e }) => `${e.start}-${e.end}`));
    expect(distinct.size).toBeGreaterThan(100); // the integration tier expects > 100 Evidence nodes
    const wrong = allEvidence.filter(({ e }) => {
      const p = article.passages[e.passageIndex];
      return e.quote !== article.text.slice(e.start, e.end) || e.start < p.start || e.end > p.end || e.quote.length === 0;
    });
    expect(wrong).toEqual([]);
  });

  it('has evidence on every statement, relation and event, and a mention of every entity', () => {
    expect(article.statements.every((s) => s.evidence.length > 0)).toBe(true);
    expect(article.relations.every((r) => r.evidence.length > 0)).toBe(true);
    const events = article.entities.filter((e) => e.kind === 'EVENT');
    expect(events.length).toBeGreaterThanOrEqual(12);
    expect(events.filter((e) => !e.evidence?.length || !e.eventType)).toEqual([]);
    expect(article.entities.filter((e) => e.mentions.length === 0)).toEqual([]);
  });

  it('gives Xi→China LEADS with role President and the words "President Xi Jinping"', () => {
    const leads = article.relations.find((r) => r.type === 'LEADS' && r.fromId === 'person:xi-jinping' && r.toId === 'country:china');
    expect(leads).toBeDefined();
    expect(leads!.id).toBe('LEADS:person:xi-jinping->country:china');
    expect(leads!.role).toBe('President');
    const start = article.text.indexOf('President Xi Jinping');
    expect(leads!.evidence[0]).toEqual({ start, end: start + 'President Xi Jinping'.length, quote: 'President Xi Jinping', passageIndex: 1 });
  });

  it('places the direct quote of Xi at offsets computed independently', () => {
    const s = article.statements.find((x) => x.id === 'statement:xi-no-third-party')!;
    expect(s).toMatchObject({
      form: 'DIRECT_QUOTE',
      act: 'ASSERTION',
      speakerId: 'person:xi-jinping',
      addresseeIds: ['person:vladimir-putin'],
      eventId: 'event:2025-02-24-xi-putin-call',
      reportedByIds: ['organization:chinese-state-media'],
      date: { value: '2025-02-24', precision: 'DAY', earliest: '2025-02-24', latest: '2025-02-24', text: 'On Monday' },
    });
    const quote = s.evidence[0].quote;
    expect(s.evidence[0].start).toBe(article.text.indexOf('As stated in the official readout'));
    expect(s.evidence[0].end).toBe(article.text.indexOf('Xi stated.') + 'Xi stated.'.length);
    expect(quote).toContain(`“${s.text},”`);
    expect(s.evidence[0].passageIndex).toBe(4);
  });

  it('counts at least as many mentions of Xi as the word "Xi" occurs, and finds "Xi’s"', () => {
    const xi = article.entities.find((e) => e.id === 'person:xi-jinping')!;
    const words = countWord(article.text, 'Xi');
    expect(words).toBe(11);
    expect(xi.mentions.length).toBeGreaterThanOrEqual(words);
    expect(xi.mentions.map((m) => m.quote)).toContain('President Xi Jinping');
    const possessive = article.text.indexOf('Xi’s');
    expect(xi.mentions.some((m) => m.start === possessive && m.quote === 'Xi')).toBe(true);
    // the longest form wins: no separate "Xi" or "Xi Jinping" mention inside "President Xi Jinping"
    const president = article.text.indexOf('President Xi Jinping');
    expect(xi.mentions.filter((m) => m.start >= president && m.end <= president + 20)).toHaveLength(1);
  });

  it('never takes "Russian" for a mention of Russia, and knows Moscow, Beijing and Washington', () => {
    const mentions = (id: string) => article.entities.find((e) => e.id === id)!.mentions.map((m) => m.quote);
    expect(new Set(mentions('country:russia'))).toEqual(new Set(['Russia', 'Moscow', 'The Russians']));
    expect(mentions('country:russia').filter((q) => q === 'Russia').length).toBe(countWord(article.text, 'Russia'));
    expect(mentions('country:china')).toContain('Beijing');
    expect(mentions('country:united-states')).toEqual(['U.S.', 'Washington', 'U.S.', 'U.S.', 'United States', 'Washington', 'Washington']);
  });

  it('resolves the dates of the events as the article gives them', () => {
    const date = (id: string) => article.entities.find((e) => e.id === id)!.date;
    expect(date('event:2025-02-24-xi-putin-call')).toEqual({
      value: '2025-02-24',
      precision: 'DAY',
      earliest: '2025-02-24',
      latest: '2025-02-24',
      text: 'On Monday',
    });
    expect(date('event:2022-02-24-russian-invasion-of-ukraine')).toMatchObject({ value: '2022-02-24', precision: 'DAY' });
    expect(date('event:2022-02-china-russia-no-limits-announcement')).toMatchObject({ precision: 'RANGE', earliest: '2022-02-01', latest: '2022-02-23' });
    expect(date('event:2025-01-xi-putin-discussion')).toMatchObject({ value: '2025-01', precision: 'MONTH', earliest: '2025-01-01', latest: '2025-01-31' });
    expect(date('event:2025-02-saudi-arabia-negotiations')).toMatchObject({
      value: '2025-W08',
      earliest: '2025-02-17',
      latest: '2025-02-23',
      text: 'last week',
    });
    expect(date('event:2025-munich-security-conference')).toMatchObject({ value: '2025-W08', earliest: '2025-02-17', latest: '2025-02-23' });
    expect(date('event:2025-05-victory-day-celebration')).toMatchObject({ value: '2025-05', earliest: '2025-05-01', latest: '2025-05-31' });
    const metWith = article.relations.find((r) => r.type === 'MET_WITH')!;
    expect(metWith.qualifiers).toEqual({ count: 'more than 40', period: 'In the last ten years' });
    expect(metWith.date).toMatchObject({ precision: 'RANGE', earliest: '2015-02-01', latest: '2025-02-24' });
  });

  it('records denial, accusation, criticism, instruction, invitation and acceptance with their links', () => {
    const byId = new Map(article.statements.map((s) => [s.id, s]));
    const denial = byId.get('statement:china-denies-backing-russian-industrial-military-complex')!;
    expect(denial).toMatchObject({ act: 'DENIAL', speakerId: 'country:china', respondsToId: 'statement:west-accuses-china-of-aiding-russia' });
    expect(byId.get(denial.respondsToId!)).toMatchObject({ act: 'ACCUSATION', speakerId: 'organization:the-west' });
    expect(byId.get('statement:xi-accepts-invitation-to-may-event')).toMatchObject({
      act: 'ACCEPTANCE',
      respondsToId: 'statement:russia-invites-xi-to-may-event',
      date: { precision: 'RANGE', earliest: '2025-02-01', latest: '2025-02-23', text: 'earlier this month' },
    });
    expect(byId.get('statement:xi-instructs-officials-to-research-trump-policies')).toMatchObject({
      act: 'INSTRUCTION',
      addresseeIds: ['organization:chinese-officials'],
    });
    const acts = new Set(article.statements.map((s) => s.act));
    for (const act of [
      'ASSERTION',
      'ACCUSATION',
      'DENIAL',
      'CRITICISM',
      'ANNOUNCEMENT',
      'INSTRUCTION',
      'INVITATION',
      'ACCEPTANCE',
      'ASSESSMENT',
      'REPORT',
      'PREDICTION',
    ]) {
      expect(acts).toContain(act);
    }
  });

  it('keeps quoted words verbatim and gives narrator statements the article as their voice', () => {
    for (const s of article.statements.filter((x) => x.form === 'DIRECT_QUOTE' || x.form === 'PARTIAL_QUOTE')) {
      expect(s.evidence.some((e) => e.quote.includes(s.text))).toBe(true);
    }
    const narrator = article.statements.filter((s) => s.form === 'NARRATOR');
    expect(narrator.length).toBeGreaterThan(3);
    expect(narrator.every((s) => s.speakerId === ARTICLE_ID)).toBe(true);
  });

  it('covers the people, countries, groups, events and relationships of the whole article', () => {
    const ids = new Set(article.entities.map((e) => e.id));
    for (const id of [
      'person:xi-jinping',
      'person:vladimir-putin',
      'person:donald-trump',
      'person:alexander-gabuev',
      'person:wang-yi',
      'country:china',
      'country:russia',
      'country:ukraine',
      'country:united-states',
      'country:saudi-arabia',
      'country:soviet-union',
      'country:nazi-germany',
      'organization:nato',
      'organization:carnegie-russia-eurasia-center',
      'organization:chinese-state-media',
      'organization:kremlin',
      'organization:friends-of-peace-group',
      'organization:european-allies-of-the-united-states',
      'organization:the-west',
      'organization:critics',
      'organization:many-experts',
      'organization:ukrainian-forces',
      'event:2025-02-24-xi-putin-call',
      'event:2022-02-24-russian-invasion-of-ukraine',
      'event:war-in-ukraine',
      'event:2022-02-china-russia-no-limits-announcement',
      'event:2025-01-xi-putin-discussion',
      'event:2025-02-saudi-arabia-negotiations',
      'event:2025-munich-security-conference',
      'event:2025-05-victory-day-celebration',
      'event:world-war-two',
    ]) {
      expect(ids).toContain(id);
    }
    const has = (type: string, from: string, to: string) => article.relations.some((r) => r.type === type && r.fromId === from && r.toId === to);
    expect(has('LEADS', 'person:vladimir-putin', 'country:russia')).toBe(true);
    expect(has('LEADS', 'person:donald-trump', 'country:united-states')).toBe(true);
    expect(has('DIRECTS', 'person:alexander-gabuev', 'organization:carnegie-russia-eurasia-center')).toBe(true);
    expect(has('REPRESENTS', 'person:wang-yi', 'country:china')).toBe(true);
    expect(has('PARTNER_OF', 'country:china', 'country:russia')).toBe(true);
    expect(has('INVADED', 'country:russia', 'country:ukraine')).toBe(true);
    expect(has('FIGHTING', 'country:russia', 'organization:ukrainian-forces')).toBe(true);
    expect(has('SPONSORS', 'organization:nato', 'organization:ukrainian-forces')).toBe(true);
    expect(has('PARTICIPATED_IN', 'person:wang-yi', 'event:2025-munich-security-conference')).toBe(true);
    expect(has('EXCLUDED_FROM', 'country:ukraine', 'event:2025-02-saudi-arabia-negotiations')).toBe(true);
    expect(has('EXCLUDED_FROM', 'organization:european-allies-of-the-united-states', 'event:2025-02-saudi-arabia-negotiations')).toBe(true);
    expect(has('BLAMED', 'person:donald-trump', 'country:ukraine')).toBe(true);
    expect(has('PURCHASES', 'country:china', 'country:russia')).toBe(true);
    expect(has('INVITED_TO', 'person:xi-jinping', 'event:2025-05-victory-day-celebration')).toBe(true);
    expect(has('ACCEPTED', 'person:xi-jinping', 'event:2025-05-victory-day-celebration')).toBe(true);
    expect(has('ALLY_OF', 'country:russia', 'country:china')).toBe(true);
    expect(has('PRESSURES', 'country:united-states', 'country:china')).toBe(true);
    expect(has('FORMED', 'country:china', 'organization:friends-of-peace-group')).toBe(true);
    expect(has('HAS_ALLY', 'country:united-states', 'organization:european-allies-of-the-united-states')).toBe(true);
    // relation ids are unique and follow TYPE:from->to
    expect(new Set(article.relations.map((r) => r.id)).size).toBe(article.relations.length);
    expect(article.relations.every((r) => r.id === `${r.type}:${r.fromId}->${r.toId}`)).toBe(true);
  });
});
