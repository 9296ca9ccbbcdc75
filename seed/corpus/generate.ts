/**
 * A synthetic corpus in the model of seed/model.ts, for scale tests and benchmarks: article folders that the
 * validator (seed/annotations/) accepts as they are, so they load through the same seed step as a real article.
 *
 * Shape, per entity on average: about one statement, 1.6 entity-to-entity relations and five mentions, with a
 * skewed degree distribution: most relations join entities of the same article, but a few in every hundred
 * point at an entity drawn from the whole corpus by a Zipf law, so a handful of hubs gather hundreds of
 * relations across many articles while most entities have two or three. Speakers are skewed the same way.
 * Every fact is a sentence of the generated text, and its evidence quote is that sentence, verbatim.
 *
 * Deterministic: the same options give byte-identical files (one seeded PRNG, no clock, no Map-order surprises).
 */
import { categoryOf, ID_PREFIX, isoWeekOf } from '../../src/graph';
import type { DatePrecision, EntityKind } from '../../src/graph';

export interface CorpusOptions {
  /** Entities the corpus holds (each owned by one article; hubs are referenced from many). */
  entities: number;
  /** PRNG seed. */
  seed?: number;
  /** Entities owned by each article. */
  perArticle?: number;
}

export interface GeneratedArticle {
  /** Folder name under the output directory. */
  folder: string;
  text: string;
  meta: object;
  annotations: { entities: object[]; statements: object[]; relations: object[] };
}

export interface CorpusProbes {
  /** The entity with the most entity-to-entity relations. */
  hubId: string;
  /** An entity of median degree. */
  typicalId: string;
  /** The speaker of the most statements. */
  topSpeakerId: string;
  /** The entity the most statements are about. */
  aboutHubId: string;
  /** The event with the most statements made at it. */
  eventId: string;
  /** Entity pairs whose shortest path (through relations and statement links, as `paths` searches) has `hops` steps. */
  pathPairs: { fromId: string; toId: string; hops: number }[];
  /** A word that many statements use (full-text search). */
  searchWord: string;
  /** A lower-case substring of a few entity names (`nameContains`). */
  nameSubstring: string;
}

export interface CorpusCounts {
  articles: number;
  entities: number;
  persons: number;
  countries: number;
  organizations: number;
  events: number;
  statements: number;
  relations: number;
  passages: number;
  maxDegree: number;
}

export interface CorpusManifest {
  seed: number;
  counts: CorpusCounts;
  probes: CorpusProbes;
  /** Article folder names, in order. */
  folders: string[];
}

type Kind = EntityKind;

interface Day {
  value: string;
  precision: DatePrecision;
  text: string;
}

interface SynthEntity {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string;
  article: number;
  eventType?: string;
  date?: Day;
}

interface SynthRelation {
  id: string;
  type: string;
  from: SynthEntity;
  to: SynthEntity;
  role?: string;
  sentence: string;
}

interface SynthStatement {
  id: string;
  form: 'DIRECT_QUOTE' | 'PARTIAL_QUOTE' | 'PARAPHRASE' | 'NARRATOR';
  act: string;
  speaker?: SynthEntity;
  addressees: SynthEntity[];
  about: SynthEntity[];
  event?: SynthEntity;
  reportedBy: SynthEntity[];
  respondsTo?: string;
  text: string;
  date?: Day;
  sentence: string;
}

/** mulberry32: a small, well-known 32-bit PRNG; enough for shaping test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'sh', 'th', 'x'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORG_TYPES = ['Institute', 'Council', 'Bank', 'Agency', 'Party', 'Alliance', 'Ministry', 'Foundation'];
const EVENT_TYPES: [string, string][] = [
  ['Summit', 'SUMMIT'],
  ['Talks', 'TALKS'],
  ['Conference', 'CONFERENCE'],
  ['Forum', 'FORUM'],
  ['Accord Signing', 'SIGNING'],
  ['Crisis', 'CRISIS'],
];
const ACTS = ['ASSERTION', 'CRITICISM', 'ANNOUNCEMENT', 'ASSESSMENT', 'PREDICTION', 'PLEDGE', 'REPORT', 'INSTRUCTION', 'INVITATION'];
const CLAUSE_VERBS = [
  'must expand trade with',
  'will review its trade rules for',
  'should reopen the trade corridor to',
  'cannot ignore the debts of',
  'will send grain to',
  'has to rebuild ports for',
];
const SURNAME_ROLES = ['chairman', 'director', 'envoy', 'adviser', 'minister', 'delegate'];

const withArticle = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const kebab = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

/** Builds the whole corpus in memory: articles (file contents) and the manifest's counts and probes. */
export function generateCorpus(options: CorpusOptions): { articles: GeneratedArticle[]; manifest: CorpusManifest } {
  const seed = options.seed ?? 42;
  const perArticle = Math.max(10, options.perArticle ?? 2000);
  const total = Math.max(10, options.entities);
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;

  // ---- names: every name word is a root used by no other entity, so no name is a whole word inside another ----
  const usedRoots = new Set<string>();
  const root = (minSyllables: number, forbidSuffix?: RegExp): string => {
    for (;;) {
      const syllables = minSyllables + Math.floor(random() * 2);
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(CONSONANTS) + pick(VOWELS);
      word += pick(CODAS);
      if (forbidSuffix?.test(word) || usedRoots.has(word)) continue;
      usedRoots.add(word);
      return word[0].toUpperCase() + word.slice(1);
    }
  };

  const randomDay = (): Day => {
    const y = 2015 + Math.floor(random() * 10);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const r = random();
    if (r < 0.45) return { value: isoDay(y, m, d), precision: 'DAY', text: `on ${d} ${MONTHS[m - 1]} ${y}` };
    if (r < 0.7) return { value: `${y}-${pad(m, 2)}`, precision: 'MONTH', text: `in ${MONTHS[m - 1]} ${y}` };
    if (r < 0.85) {
      // The week written as the Monday it starts on, so the ISO week is the article's own claim.
      const monday = new Date(Date.UTC(y, m - 1, d));
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      const iso = monday.toISOString().slice(0, 10);
      return {
        value: isoWeekOf(iso),
        precision: 'WEEK',
        text: `in the week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`,
      };
    }
    if (r < 0.95) return { value: String(y), precision: 'YEAR', text: `in ${y}` };
    return { value: `${y}/${y + 1 + Math.floor(random() * 3)}`, precision: 'RANGE', text: `from ${y} until ${y + 1}` };
  };
  // A RANGE's text must name its own end year.
  const fixRange = (day: Day): Day => (day.precision === 'RANGE' ? { ...day, text: `from ${day.value.slice(0, 4)} until ${day.value.slice(5)}` } : day);

  // ---- entities ----------------------------------------------------------------------------------------------
  const articleCount = Math.ceil(total / perArticle);
  const entities: SynthEntity[] = [];
  for (let i = 0; i < total; i++) {
    const article = Math.floor(i / perArticle);
    const r = random();
    if (r < 0.4) {
      const first = root(1, /ia$/);
      const last = root(2, /ia$/);
      const name = `${first} ${last}`;
      entities.push({
        id: `${ID_PREFIX.PERSON}:${kebab(name)}`,
        kind: 'PERSON',
        name,
        aliases: [last],
        description: `synthetic ${pick(SURNAME_ROLES)}`,
        article,
      });
    } else if (r < 0.5) {
      const name = `${root(1, /ia$/)}ia`;
      entities.push({ id: `${ID_PREFIX.COUNTRY}:${kebab(name)}`, kind: 'COUNTRY', name, aliases: [], description: 'synthetic country', article });
    } else if (r < 0.75) {
      const name = `${root(2, /ia$/)} ${pick(ORG_TYPES)}`;
      entities.push({
        id: `${ID_PREFIX.ORGANIZATION}:${kebab(name)}`,
        kind: 'ORGANIZATION',
        name,
        aliases: [],
        description: 'synthetic organization',
        article,
      });
    } else {
      const [word, eventType] = pick(EVENT_TYPES);
      const name = `${root(2, /ia$/)} ${word}`;
      entities.push({
        id: `${ID_PREFIX.EVENT}:${kebab(name)}`,
        kind: 'EVENT',
        name,
        aliases: [],
        description: 'synthetic event',
        article,
        eventType,
        date: fixRange(randomDay()),
      });
    }
  }

  // Zipf over the whole corpus (rank = index in a shuffled order), for the few links that reach outside an article.
  const ranked = [...entities.keys()];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j], ranked[i]];
  }
  const ZIPF_S = 1.1;
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= ranked.length; k++) cumulative.push((sum += 1 / k ** ZIPF_S));
  const zipfIndex = (): number => {
    const x = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < x) low = mid + 1;
      else high = mid;
    }
    return ranked[low];
  };
  const byKind = (list: SynthEntity[], kinds: Kind[]) => list.filter((e) => kinds.includes(e.kind));

  // ---- relations ---------------------------------------------------------------------------------------------
  const relationType = (from: SynthEntity, to: SynthEntity): { type: string; verb: string; role?: string } | undefined => {
    const pair = `${from.kind}>${to.kind}`;
    switch (pair) {
      case 'PERSON>ORGANIZATION':
        return pick([
          { type: 'LEADS', verb: 'leads', role: 'chairman' },
          { type: 'DIRECTS', verb: 'directs', role: 'director' },
          { type: 'AFFILIATED_WITH', verb: 'works with' },
          { type: 'MEMBER_OF', verb: 'is a member of' },
        ]);
      case 'PERSON>COUNTRY':
        return pick([
          { type: 'REPRESENTS', verb: 'represents', role: 'envoy' },
          { type: 'LEADS', verb: 'leads', role: 'President' },
        ]);
      case 'PERSON>PERSON':
        return { type: 'ADVISES', verb: 'advises', role: 'adviser' };
      case 'PERSON>EVENT':
      case 'COUNTRY>EVENT':
      case 'ORGANIZATION>EVENT':
        return { type: 'PARTICIPATED_IN', verb: 'took part in', role: 'delegate' };
      case 'COUNTRY>COUNTRY':
        return { type: 'PARTNER_OF', verb: 'is a partner of' };
      case 'ORGANIZATION>ORGANIZATION':
      case 'COUNTRY>ORGANIZATION':
        return { type: 'MEMBER_OF', verb: 'is a member of' };
      case 'ORGANIZATION>COUNTRY':
        return { type: 'BASED_IN', verb: 'is based in' };
      case 'EVENT>COUNTRY':
        return { type: 'HELD_IN', verb: 'was held in' };
      case 'EVENT>EVENT':
        return { type: 'FOLLOWED', verb: 'followed' };
      default:
        return undefined;
    }
  };

  const relations: SynthRelation[] = [];
  const relationIds = new Set<string>();
  const articleEntities: SynthEntity[][] = Array.from({ length: articleCount }, () => []);
  for (const e of entities) articleEntities[e.article].push(e);
  const relationsOf: SynthRelation[][] = Array.from({ length: articleCount }, () => []);
  const GLOBAL_SHARE = 0.06;
  for (let a = 0; a < articleCount; a++) {
    const local = articleEntities[a];
    const wanted = Math.round(local.length * 1.6);
    for (let tries = 0, made = 0; made < wanted && tries < wanted * 6; tries++) {
      let from = pick(local);
      let to = chance(GLOBAL_SHARE) ? entities[zipfIndex()] : pick(local);
      if (from === to) continue;
      let kind = relationType(from, to);
      if (!kind) {
        [from, to] = [to, from];
        kind = relationType(from, to);
      }
      if (!kind) continue;
      const id = `${kind.type}:${from.id}->${to.id}`;
      if (relationIds.has(id) || relationIds.has(`${kind.type}:${to.id}->${from.id}`)) continue;
      relationIds.add(id);
      const role = kind.role && chance(0.7) ? kind.role : undefined;
      const sentence = `${from.name} ${kind.verb} ${to.name}${role ? ` as ${role}` : ''}.`;
      const relation = { id, type: kind.type, from, to, role, sentence };
      relations.push(relation);
      relationsOf[a].push(relation);
      made++;
    }
  }

  // ---- statements --------------------------------------------------------------------------------------------
  const statements: SynthStatement[] = [];
  const statementsOf: SynthStatement[][] = Array.from({ length: articleCount }, () => []);
  const people = byKind(entities, ['PERSON']);
  const zipfPerson = (): SynthEntity | undefined => {
    for (let i = 0; i < 20; i++) {
      const e = entities[zipfIndex()];
      if (e.kind === 'PERSON') return e;
    }
    return undefined;
  };
  let serial = 0;
  for (let a = 0; a < articleCount; a++) {
    const local = articleEntities[a];
    const localPeople = byKind(local, ['PERSON']);
    const localEvents = byKind(local, ['EVENT']);
    const localOrgs = byKind(local, ['ORGANIZATION']);
    const localSpeakers = localPeople.length > 0 ? localPeople : people;
    const wanted = local.length;
    let lastAccusation: SynthStatement | undefined;
    for (let made = 0; made < wanted; made++) {
      serial++;
      const id = `statement:s${seed}-${pad(serial, 7)}`;
      const speaker = (chance(0.25) ? zipfPerson() : undefined) ?? pick(localSpeakers);
      const subject = chance(0.1) ? entities[zipfIndex()] : pick(local);
      const about = subject === speaker ? [] : [subject];
      const addressee = chance(0.4) ? pick(localSpeakers) : undefined;
      const addressees = addressee && addressee !== speaker ? [addressee] : [];
      const event = localEvents.length > 0 && chance(0.3) ? pick(localEvents) : undefined;
      const reporter = localOrgs.length > 0 && chance(0.2) ? pick(localOrgs) : undefined;
      const date = fixRange(event?.date ?? randomDay());
      const clause = `${subject.name} ${pick(CLAUSE_VERBS)} its neighbours under plan ${serial}`;
      const where = event ? ` at the ${event.name}` : '';
      const reported = reporter ? `, the ${reporter.name} reported` : '';
      const to = addressees.length > 0 ? ` told ${addressees[0].name}` : ' said';
      let statement: SynthStatement;
      const r = random();
      if (lastAccusation && chance(0.6)) {
        // The accused answers: a DENIAL that RESPONDS_TO the accusation.
        const accused = lastAccusation.about[0];
        const accuser = lastAccusation.speaker!;
        const text = `the charge in case ${serial} is false`;
        statement = {
          id,
          form: 'PARAPHRASE',
          act: 'DENIAL',
          speaker: accused,
          addressees: [],
          about: [accuser],
          reportedBy: [],
          respondsTo: lastAccusation.id,
          text,
          date,
          sentence: `${accused.name} denied that, replying to ${accuser.name} ${date.text} that ${text}.`,
        };
        lastAccusation = undefined;
      } else if (r < 0.12 && localPeople.some((p) => p !== speaker)) {
        const accused = pick(localPeople.filter((p) => p !== speaker));
        const text = `${accused.name} hid the trade losses of plan ${serial}`;
        statement = {
          id,
          form: 'PARAPHRASE',
          act: 'ACCUSATION',
          speaker,
          addressees,
          about: [accused],
          event,
          reportedBy: reporter ? [reporter] : [],
          text,
          date,
          sentence: `${speaker.name} accused a rival${where} ${date.text}, saying that ${text}${reported}.`,
        };
        lastAccusation = statement;
      } else if (r < 0.45) {
        statement = {
          id,
          form: 'DIRECT_QUOTE',
          act: pick(ACTS),
          speaker,
          addressees,
          about,
          event,
          reportedBy: reporter ? [reporter] : [],
          text: clause,
          date,
          sentence: `“${clause},” ${speaker.name}${to}${where} ${date.text}${reported}.`,
        };
      } else if (r < 0.6) {
        const phrase = `a partner of plan ${serial}`;
        statement = {
          id,
          form: 'PARTIAL_QUOTE',
          act: 'ASSESSMENT',
          speaker,
          addressees,
          about: [subject],
          event,
          reportedBy: reporter ? [reporter] : [],
          text: phrase,
          date,
          sentence: `${speaker.name} called ${subject.name} “${phrase}”${where} ${date.text}${reported}.`,
        };
      } else if (r < 0.9) {
        statement = {
          id,
          form: 'PARAPHRASE',
          act: pick(ACTS),
          speaker,
          addressees,
          about,
          event,
          reportedBy: reporter ? [reporter] : [],
          text: clause,
          date,
          sentence: `${speaker.name}${to}${where} ${date.text} that ${clause}${reported}.`,
        };
      } else {
        statement = {
          id,
          form: 'NARRATOR',
          act: 'REPORT',
          addressees: [],
          about: [subject],
          reportedBy: [],
          text: clause,
          date,
          sentence: `This synthetic report notes ${date.text} that ${clause}.`,
        };
      }
      statements.push(statement);
      statementsOf[a].push(statement);
    }
  }

  // ---- articles ----------------------------------------------------------------------------------------------
  const articles: GeneratedArticle[] = [];
  let passageCount = 0;
  for (let a = 0; a < articleCount; a++) {
    const folder = `synthetic-s${seed}-${pad(a + 1, 4)}`;
    const title = `SYNTHETIC CORPUS article ${a + 1} of ${articleCount} (seed ${seed}): generated text, not news`;
    const declared = new Map<string, SynthEntity>();
    const declare = (e: SynthEntity | undefined) => e && declared.set(e.id, e);
    articleEntities[a].forEach(declare);
    for (const r of relationsOf[a]) [r.from, r.to].forEach(declare);
    for (const s of statementsOf[a]) [s.speaker, ...s.addressees, ...s.about, s.event, ...s.reportedBy].forEach(declare);

    // Intro sentences name every entity the article owns; an event is introduced wherever it is named, because
    // each article must quote the words that report it.
    const intro = (e: SynthEntity) =>
      e.kind === 'EVENT'
        ? `The ${e.name} took place ${e.date!.text}.`
        : `${e.name} appears in this synthetic report as ${withArticle(e.description.replace('synthetic ', ''))}.`;
    const sentences: string[] = [];
    const introduced = new Set<string>();
    for (const e of articleEntities[a]) {
      sentences.push(intro(e));
      introduced.add(e.id);
    }
    for (const e of declared.values()) if (e.kind === 'EVENT' && !introduced.has(e.id)) sentences.push(intro(e));
    // Facts interleaved with the introductions, in a deterministic shuffled order.
    const facts = [...relationsOf[a].map((r) => r.sentence), ...statementsOf[a].map((s) => s.sentence)];
    for (let i = facts.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [facts[i], facts[j]] = [facts[j], facts[i]];
    }
    const all = [...sentences, ...facts];
    // Passages of about 220 characters: sentences joined until a paragraph is long enough.
    const paragraphs: string[] = [];
    let current = '';
    for (const sentence of all) {
      current = current ? `${current} ${sentence}` : sentence;
      if (current.length >= 180) {
        paragraphs.push(current);
        current = '';
      }
    }
    if (current) paragraphs.push(current);
    passageCount += paragraphs.length + 1;
    const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;

    const evidence = (quote: string) => [{ quote }];
    const entityDocs = [...declared.values()].map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      description: e.description,
      ...(e.kind === 'EVENT' ? { eventType: e.eventType, date: e.date, evidence: evidence(intro(e)) } : {}),
    }));
    const statementDocs = statementsOf[a].map((s) => ({
      id: s.id,
      ...(s.speaker ? { speaker: s.speaker.id } : {}),
      ...(s.addressees.length ? { addressees: s.addressees.map((e) => e.id) } : {}),
      ...(s.about.length ? { about: s.about.map((e) => e.id) } : {}),
      ...(s.event ? { event: s.event.id } : {}),
      ...(s.reportedBy.length ? { reportedBy: s.reportedBy.map((e) => e.id) } : {}),
      ...(s.respondsTo ? { respondsTo: s.respondsTo } : {}),
      form: s.form,
      act: s.act,
      text: s.text,
      ...(s.date ? { date: s.date } : {}),
      evidence: evidence(s.sentence),
    }));
    const relationDocs = relationsOf[a].map((r) => ({
      type: r.type,
      from: r.from.id,
      to: r.to.id,
      ...(r.role ? { role: r.role } : {}),
      evidence: evidence(r.sentence),
    }));
    articles.push({
      folder,
      text,
      meta: {
        id: `article:synthetic-s${seed}-${pad(a + 1, 4)}`,
        title,
        publishedOn: isoDay(2025, 1 + (a % 12), 1 + (a % 28)),
        language: 'en',
        source: `Synthetic corpus from seed/corpus/generate.ts (seed ${seed}); invented text, not news`,
      },
      annotations: { entities: entityDocs, statements: statementDocs, relations: relationDocs },
    });
  }

  const counts: CorpusCounts = {
    articles: articles.length,
    entities: entities.length,
    persons: entities.filter((e) => e.kind === 'PERSON').length,
    countries: entities.filter((e) => e.kind === 'COUNTRY').length,
    organizations: entities.filter((e) => e.kind === 'ORGANIZATION').length,
    events: entities.filter((e) => e.kind === 'EVENT').length,
    statements: statements.length,
    relations: relations.length,
    passages: passageCount,
    maxDegree: 0,
  };
  const probes = computeProbes(entities, relations, statements);
  counts.maxDegree = probes.maxDegree;
  return { articles, manifest: { seed, counts, probes: probes.probes, folders: articles.map((x) => x.folder) } };
}

/** Probes computed from the generated facts, so that each one is true of the data, whatever the size. */
function computeProbes(entities: SynthEntity[], relations: SynthRelation[], statements: SynthStatement[]): { probes: CorpusProbes; maxDegree: number } {
  const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  const top = (map: Map<string, number>, filter: (id: string) => boolean = () => true): string =>
    [...map].filter(([id]) => filter(id)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];

  const degree = new Map<string, number>();
  for (const r of relations) {
    count(degree, r.from.id);
    count(degree, r.to.id);
  }
  const hubId = top(degree);
  const byDegree = [...degree].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  const typicalId = byDegree[Math.floor(byDegree.length / 2)][0];

  const spoken = new Map<string, number>();
  const aboutCount = new Map<string, number>();
  const madeAt = new Map<string, number>();
  for (const s of statements) {
    if (s.speaker) count(spoken, s.speaker.id);
    for (const e of s.about) count(aboutCount, e.id);
    if (s.event) count(madeAt, s.event.id);
  }

  // Breadth-first search over what `paths` walks: entity relations and statement links, both directions.
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    (adjacent.get(a) ?? adjacent.set(a, []).get(a)!).push(b);
    (adjacent.get(b) ?? adjacent.set(b, []).get(b)!).push(a);
  };
  for (const r of relations) link(r.from.id, r.to.id);
  for (const s of statements) {
    for (const e of [s.speaker, ...s.addressees, ...s.about, s.event, ...s.reportedBy]) if (e) link(s.id, e.id);
    if (s.respondsTo) link(s.id, s.respondsTo);
  }
  const pathPairs: CorpusProbes['pathPairs'] = [];
  const isEntity = (id: string) => categoryOf(id) === 'ENTITY';
  const distance = new Map<string, number>([[typicalId, 0]]);
  let frontier = [typicalId];
  for (let hops = 1; hops <= 4 && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, hops);
        next.push(other);
      }
    }
    const target = next.filter(isEntity).sort()[0];
    if (hops >= 2 && target) pathPairs.push({ fromId: typicalId, toId: target, hops });
    frontier = next;
  }

  // A 4-letter piece of a few names (not of thousands): what a person types to find one entity.
  const grams = new Map<string, number>();
  for (const e of entities) {
    const name = e.name.toLowerCase();
    const seen = new Set<string>();
    for (let i = 0; i + 4 <= name.length; i++) {
      const g = name.slice(i, i + 4);
      if (/^[a-z]{4}$/.test(g) && !seen.has(g)) {
        seen.add(g);
        count(grams, g);
      }
    }
  }
  const nameSubstring = [...grams].sort((x, y) => Math.abs(x[1] - 5) - Math.abs(y[1] - 5) || (x[0] < y[0] ? -1 : 1))[0][0];

  return {
    maxDegree: degree.get(hubId) ?? 0,
    probes: {
      hubId,
      typicalId,
      topSpeakerId: top(spoken),
      aboutHubId: top(aboutCount),
      eventId: madeAt.size > 0 ? top(madeAt) : entities.find((e) => e.kind === 'EVENT')!.id,
      pathPairs,
      searchWord: 'trade',
      nameSubstring,
    },
  };
}
