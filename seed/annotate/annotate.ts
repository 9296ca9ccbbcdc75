/**
 * A draft annotations.json from an article's text: entity candidates (known entities of other article folders by
 * name and alias, keeping their ids; new ones from compromise's named-entity tagger and a few noun-phrase rules),
 * statement candidates from quotations and reported speech with a speaker guess, and dates resolved against the
 * publication day (dates.ts). Every guess is marked `"draft": true`, and so is the file: a reviewer confirms or
 * fixes each one and removes the flag. Pure: no file system (cli.ts reads and writes the files).
 *
 * The output passes the validator (seed/annotations/) once the draft flags are gone: ids are spelt
 * "<prefix>:<kebab>", names and aliases occur in the text as whole words, evidence quotes are sentences of the
 * text (with "occurrence" where a sentence repeats), quoted statement text lies inside its evidence.
 */
import nlp from 'compromise';
import { ID_PREFIX } from '../../src/graph';
import type { DatePrecision, EntityKind, StatementAct, StatementForm } from '../../src/graph';
import { occurrences, storedText, wholeWordOccurrences } from '../annotations/text';
import { linkNamedEntities, uncoveredQuotations } from './coverage';
import type { NotStatement } from './coverage';
import { findAnniversaries, findDates } from './dates';
import type { FoundDate } from './dates';

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string;
  eventType?: string;
  date?: { value: string; precision: DatePrecision; text?: string };
}

interface Evidence {
  quote: string;
  occurrence?: number;
}
interface DraftDate {
  value: string;
  precision: DatePrecision;
  text?: string;
}

export interface DraftEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description?: string;
  eventType?: string;
  date?: DraftDate;
  evidence?: Evidence[];
  draft: true;
}

export interface DraftStatement {
  id: string;
  speaker?: string;
  addressees?: string[];
  /** Every other entity the evidence names (coverage.ts): a guess the reviewer moves or lists in "unlinked". */
  about?: string[];
  reportedBy?: string[];
  /** The event the words were spoken at ("said at the start of the talks"). */
  event?: string;
  form: StatementForm;
  act: StatementAct;
  text: string;
  date?: DraftDate;
  evidence: Evidence[];
  draft: true;
}

export interface DraftFile {
  draft: true;
  entities: DraftEntity[];
  statements: DraftStatement[];
  relations: never[];
  /** Quotations no statement took, each with a reason that says it is a guess (coverage.ts). */
  notStatements: NotStatement[];
}

/**
 * A value with every `"draft": true` mark removed, at any depth: the mechanical half of a review, once a person has
 * confirmed or corrected each marked item (the validator's DraftRule refuses any mark left).
 */
export function withoutDraftMarks<T>(value: T): T {
  const unmark = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(unmark)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => k !== 'draft')
              .map(([k, inner]) => [k, unmark(inner)]),
          )
        : v;
  return unmark(value) as T;
}

export interface AnnotateResult {
  draft: DraftFile;
  /** Every date expression found, also those no entity or statement took (the reviewer places them). */
  dates: FoundDate[];
  summary: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

interface Sentence {
  start: number;
  end: number;
}

/** Sentences inside paragraphs (compromise knows "U.S." is no sentence end; a title line has no full stop). */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  for (const p of text.matchAll(para)) {
    const base = p.index;
    const parts = nlp(p[0]).sentences().json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const s of parts) {
      let start = base + s.offset.start;
      let end = start + s.offset.length;
      while (end > start && /\s/.test(text[end - 1])) end--;
      while (start < end && /\s/.test(text[start])) start++;
      // compromise leaves opening and closing quotation marks outside a sentence's span.
      while (start > base && /[“‘"(]/.test(text[start - 1])) start--;
      while (end < base + p[0].length && /[”’")]/.test(text[end])) end++;
      if (end <= start) continue;
      // "“…,” Moreno said.": a quotation ending in a comma goes on into the attribution.
      const prev = out[out.length - 1];
      if (prev && prev.end >= base && /[,:;][”’]$/.test(text.slice(prev.start, prev.end))) prev.end = end;
      else out.push({ start, end });
    }
  }
  return out;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, 's')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A quote of the text at [start, end), with "occurrence" when the same words occur more than once. */
function evidenceAt(text: string, start: number, end: number): Evidence {
  const quote = text.slice(start, end);
  const all = occurrences(text, quote);
  return all.length > 1 ? { quote, occurrence: all.indexOf(start) + 1 } : { quote };
}

// ---------------------------------------------------------------------------------------------------------------
// Entities

const TITLES = new Set(
  'President Vice Prime Minister Chancellor King Queen Prince Pope Mr Mrs Ms Dr Senator Governor Secretary General Premier Director Ambassador Foreign Defense Defence Spokesman Spokeswoman Sir Lord Chairman Leader'.split(
    ' ',
  ),
);
/** Capitalised words that start sentences or phrases but name nothing. */
const STOP_CAPS = new Set(
  'The A An On In At As According Since Following Instead Many Some Several Most Days Preparations It Its This That These Those But And Or If When While After Before For With By From To Of He She They We I You Their His Her Our Yet Still Then There Here Such Both Each Every Any All Other Another Also Even Last Next Earlier Later Critics Experts Officials'.split(
    ' ',
  ),
);
const DAYS_MONTHS =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const ORG_HEADS =
  /^(Center|Centre|Institute|Council|Organization|Organisation|Ministry|Agency|Party|Group|Bank|Fund|University|Committee|Commission|Association|Corporation|Company|Media|Forces|Army|Office|Department|Foundation|Court|Parliament|Congress|Senate|Union|Alliance|Coalition|Front|Movement|Service|Times|Post|News)$/;
const EVENT_HEADS: Record<string, string> = {
  Conference: 'CONFERENCE',
  Summit: 'SUMMIT',
  War: 'WAR',
  Games: 'GAMES',
  Forum: 'FORUM',
  Olympics: 'GAMES',
  Cup: 'TOURNAMENT',
  Election: 'ELECTION',
  Elections: 'ELECTION',
  Revolution: 'REVOLUTION',
  Crisis: 'CRISIS',
};
/** Heads of common-noun event phrases ("the call", "their January discussion") and the eventType they suggest. */
const EVENT_NOUNS: Record<string, string> = {
  call: 'PHONE_CALL',
  discussion: 'CONVERSATION',
  discussions: 'CONVERSATION',
  conversation: 'CONVERSATION',
  talks: 'TALKS',
  negotiations: 'NEGOTIATIONS',
  meeting: 'MEETING',
  summit: 'SUMMIT',
  conference: 'CONFERENCE',
  war: 'WAR',
  invasion: 'INVASION',
  anniversary: 'ANNIVERSARY',
  celebration: 'CELEBRATION',
  event: 'EVENT',
  contacts: 'DIPLOMATIC_CONTACTS',
  levies: 'TARIFFS',
  tariffs: 'TARIFFS',
  sanctions: 'SANCTIONS',
  election: 'ELECTION',
  visit: 'VISIT',
  victory: 'VICTORY',
  announcement: 'ANNOUNCEMENT',
  attack: 'ATTACK',
  crisis: 'CRISIS',
  ceasefire: 'CEASEFIRE',
  parade: 'PARADE',
  referendum: 'REFERENDUM',
};
/** Words that end a noun phrase's modifiers: a modifier run never crosses one. */
const NOT_MODIFIER =
  /^(and|or|but|to|of|his|her|their|its|our|my|your|from|for|is|was|are|were|be|been|has|have|had|that|which|who|with|by|on|in|at|from|as|not|will|would|may|can|could|this|the|a|an)$/;
/** Group nouns after a nationality adjective: "Ukrainian forces", "Chinese state media". */
const GROUP_AFTER_DEMONYM =
  /\b([A-Z][a-z]+(?:an|ese|ish|ian|i|ic))\s+((?:state\s+|official\s+|armed\s+|security\s+)?(?:forces|troops|army|military|navy|officials|media|government|diplomats|authorities|lawmakers))\b/g;

class EntityBook {
  readonly byId = new Map<string, DraftEntity>();
  readonly known = new Set<string>();
  constructor(private readonly text: string) {}

  occurs(form: string): boolean {
    return form.length > 0 && wholeWordOccurrences(this.text, form).length > 0;
  }

  /** Adds (or extends) a candidate; returns its id, or undefined when the name does not occur as a whole word. */
  add(kind: EntityKind, name: string, at?: Sentence, extra: Partial<DraftEntity> = {}, notInside = false): string | undefined {
    name = name.trim();
    if (!this.occurs(name)) return undefined;
    // A tagger's partial span of a longer name already found ("Russia Eurasia Center" in "Carnegie Russia …").
    if (notInside && name.includes(' ') && [...this.byId.values()].some((e) => e.name !== name && wholeWordOccurrences(e.name, name).length > 0))
      return undefined;
    const existing = this.find(name);
    if (existing) return existing.id;
    const id = `${ID_PREFIX[kind]}:${slug(name)}`;
    if (id.endsWith(':')) return undefined;
    const e = this.byId.get(id);
    if (e) return e.id;
    const entity: DraftEntity = { id, kind, name, aliases: [], ...extra, draft: true };
    if (kind === 'EVENT') {
      entity.eventType ??= 'EVENT';
      const s = at ?? { start: this.text.indexOf(name), end: this.text.indexOf(name) + name.length };
      entity.evidence = [evidenceAt(this.text, s.start, s.end)];
    }
    this.byId.set(id, entity);
    return id;
  }

  alias(id: string, form: string): void {
    const e = this.byId.get(id);
    if (!e || form === e.name || e.aliases.includes(form) || !this.occurs(form) || this.find(form)) return;
    e.aliases.push(form);
  }

  /** The candidate named (or aliased) so, letter case and a leading "the" aside. */
  find(form: string): DraftEntity | undefined {
    const key = normalizeName(form);
    for (const e of this.byId.values()) if ([e.name, ...e.aliases].some((f) => normalizeName(f) === key)) return e;
    return undefined;
  }

  /** Whole-word mentions of every candidate, longest first where they overlap. */
  mentions(): Mention[] {
    const all: Mention[] = [];
    for (const e of this.byId.values())
      for (const form of [e.name, ...e.aliases])
        for (const start of wholeWordOccurrences(this.text, form)) all.push({ start, end: start + form.length, id: e.id, kind: e.kind });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mention[] = [];
    for (const m of all) if (!kept.some((k) => k.start <= m.start && m.end <= k.end)) kept.push(m);
    return kept;
  }
}

interface Mention {
  start: number;
  end: number;
  id: string;
  kind: EntityKind;
}

export const normalizeName = (s: string) =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');

/** Surface form of a compromise match: no trailing punctuation or possessive. */
const clean = (s: string) =>
  s
    .trim()
    .replace(/[.,;:!?)\]]+$/u, '')
    .replace(/[’']s$/u, '')
    .replace(/^[“‘(]+|[”’]+$/gu, '');

function knownEntities(book: EntityBook, text: string, known: KnownEntity[]): void {
  for (const k of known) {
    const forms = [k.name, ...(k.aliases ?? [])].filter((f) => book.occurs(f));
    if (forms.length === 0 || book.byId.has(k.id)) continue;
    const entity: DraftEntity = {
      id: k.id,
      kind: k.kind,
      name: k.name,
      aliases: (k.aliases ?? []).filter((a) => a !== k.name && book.occurs(a)),
      ...(k.description ? { description: k.description } : {}),
      draft: true,
    };
    if (k.kind === 'EVENT') {
      entity.eventType = k.eventType ?? 'EVENT';
      if (k.date) entity.date = k.date.text && text.includes(k.date.text) ? k.date : { value: k.date.value, precision: k.date.precision };
      const start = wholeWordOccurrences(text, forms[0])[0];
      const s = sentencesOf(text).find((x) => x.start <= start && start < x.end)!;
      entity.evidence = [evidenceAt(text, s.start, s.end)];
    }
    book.byId.set(k.id, entity);
    book.known.add(k.id);
  }
}

function taggedEntities(book: EntityBook, text: string, sentences: Sentence[]): void {
  const doc = nlp(text);
  type Json = { text: string; terms: { text: string; tags: string[] }[] };
  // People: compromise's person tagger, without honorifics ("President Vladimir Putin" → "Vladimir Putin").
  for (const p of doc.people().json({ terms: { tags: true } }) as Json[]) {
    const words = p.terms.filter((t) => !t.tags.includes('Honorific') && !TITLES.has(clean(t.text))).map((t) => clean(t.text));
    if (words.length === 0) continue;
    const name = words.join(' ');
    if (words.length >= 2 || /^[A-Z]/.test(name)) book.add('PERSON', name);
  }
  capitalisedSequences(book, text, sentences);
  // Countries: places compromise tags as a country (cities stand for no kind of their own here).
  for (const p of doc.places().json({ terms: { tags: true } }) as Json[]) {
    if (!p.terms.some((t) => t.tags.includes('Country'))) continue;
    for (const part of p.text.split(',')) if (clean(part)) book.add('COUNTRY', clean(part), undefined, {}, true);
  }
  for (const o of doc.organizations().json({ terms: { tags: true } }) as Json[]) {
    const name = clean(o.text);
    if (o.terms.length === 1 && o.terms[0].tags.includes('Demonym')) continue;
    if (ORG_HEADS.test(name.split(' ').pop() ?? '') || /^[A-Z]{2,}$/.test(name)) book.add('ORGANIZATION', name, undefined, {}, true);
  }
  // A one-word person the tagger found on its own ("Putin") is a mention of the full name ("Vladimir Putin").
  for (const e of [...book.byId.values()])
    if (e.kind === 'PERSON' && !e.name.includes(' ')) {
      const full = [...book.byId.values()].find((f) => f.kind === 'PERSON' && f.name.split(' ').includes(e.name) && f !== e);
      if (full) book.byId.delete(e.id);
    }
  // Single-word mentions of a person named in full ("Putin" after "Vladimir Putin", "Xi" after "Xi Jinping").
  for (const e of [...book.byId.values()])
    if (e.kind === 'PERSON' && e.name.includes(' '))
      for (const w of e.name.split(' ')) {
        const inName = new Set(wholeWordOccurrences(text, e.name).map((at) => at + e.name.indexOf(w)));
        if (w.length > 1 && !book.find(w) && wholeWordOccurrences(text, w).some((at) => !inName.has(at))) book.alias(e.id, w);
      }
  for (const m of text.matchAll(GROUP_AFTER_DEMONYM)) book.add('ORGANIZATION', m[0]);
  // A quoted name before a group noun: the “friends of peace” group.
  for (const m of text.matchAll(/[“‘]([^”’]{3,60})[”’]\s+(group|coalition|alliance|initiative|movement|campaign|bloc|forum|plan)\b/g))
    book.add('ORGANIZATION', m[1], undefined, { description: `the “${m[1]}” ${m[2]}` });
  eventPhrases(book, text, sentences);
}

/** Runs of capitalised words ("Carnegie Russia Eurasia Center", "World War Two"), kind from their head word. */
function capitalisedSequences(book: EntityBook, text: string, sentences: Sentence[]): void {
  const seq = /\b[A-Z][\w.-]*(?:[’']s)?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)+|\b[A-Z]{2,}\b/g;
  for (const m of text.matchAll(seq)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line === line.toUpperCase()) continue; // an all-capitals sub-heading
    let words = m[0].split(/\s+/).map((w) => w.replace(/[.]$/, ''));
    if (words.some((w) => /[’']s$/.test(w))) words = words.slice(0, words.findIndex((w) => /[’']s$/.test(w)) + 1).map((w) => w.replace(/[’']s$/, ''));
    while (words.length > 0 && (STOP_CAPS.has(words[0]) || DAYS_MONTHS.test(words[0]))) words.shift();
    const title = words.findIndex((w) => TITLES.has(w));
    if (title >= 0) {
      const person = words.slice(title + 1).filter((w) => !TITLES.has(w));
      if (person.length >= 2 && !person.some((w) => DAYS_MONTHS.test(w))) book.add('PERSON', person.join(' '));
      continue;
    }
    while (words.length > 0 && (DAYS_MONTHS.test(words[words.length - 1]) || STOP_CAPS.has(words[words.length - 1]))) words.pop();
    if (words.length === 0) continue;
    const name = words.join(' ');
    if (words.length === 1 && !/^[A-Z]{2,}$/.test(name)) continue;
    if (book.find(name)) continue;
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
    const eventHead = words.find((w) => EVENT_HEADS[w]);
    if (eventHead) book.add('EVENT', name, sentence, { eventType: EVENT_HEADS[eventHead] });
    else if (ORG_HEADS.test(words[words.length - 1]) || /^[A-Z]{2,}$/.test(name)) book.add('ORGANIZATION', name);
    else if (nlp(name).has('#Country')) book.add('COUNTRY', name);
    else if (nlp(name).has('#Person')) book.add('PERSON', name);
  }
}

/** Common-noun event phrases: a determiner or possessive, up to two modifiers, an event noun, "of/in/with X". */
/** Event heads that make a phrase with no determiner: "talks", "sanctions". */
const BARE = 'negotiations|talks|contacts|levies|tariffs|sanctions';
const BARE_HEADS = new RegExp(`^(?:${BARE})$`);

function eventPhrases(book: EntityBook, text: string, sentences: Sentence[]): void {
  const heads = Object.keys(EVENT_NOUNS).join('|');
  const re = new RegExp(
    `\\b(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Tt]hese|[Tt]hose)[ \\t]+|([A-Z][\\w.-]*(?:[ \\t]+[A-Z][\\w.-]*)*)[’']s[ \\t]+|(?=(?:${BARE})\\b))((?:[\\w-]+[ \\t]+){0,2}?)(${heads})\\b((?:[ \\t]+(?:of|in|with|over)[ \\t]+[A-Z][\\w-]*(?:[ \\t]+[A-Z][\\w-]*)*))?`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const mods = m[2]
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean);
    const head = m[3];
    const end = m.index + m[0].length;
    let modStart = end - (m[2] + m[3] + (m[4] ?? '')).length;
    let possessive = m[1] !== undefined;
    if (mods.some((w) => NOT_MODIFIER.test(w))) {
      // "the Kremlin for talks": the match ran over a word no modifier crosses; a head that stands alone
      // ("talks", "sanctions") is still a phrase of its own.
      if (!BARE_HEADS.test(head)) continue;
      modStart = end - (m[3] + (m[4] ?? '')).length;
      possessive = false;
    }
    const possStart = possessive ? m.index : modStart;
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
    const eventType = EVENT_NOUNS[head.toLowerCase()];
    const full = text.slice(possStart, end);
    const bare = text.slice(modStart, end);
    if (book.find(full) || book.find(bare)) continue;
    const id = book.add('EVENT', full, sentence, { eventType });
    if (id && possessive) book.alias(id, bare);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statements

const SPEECH_VERBS: Record<string, StatementAct> = {
  said: 'ASSERTION',
  says: 'ASSERTION',
  say: 'ASSERTION',
  stated: 'ASSERTION',
  states: 'ASSERTION',
  told: 'ASSERTION',
  tells: 'ASSERTION',
  added: 'ASSERTION',
  noted: 'ASSERTION',
  claimed: 'ASSERTION',
  claims: 'ASSERTION',
  insisted: 'ASSERTION',
  emphasized: 'ASSERTION',
  emphasised: 'ASSERTION',
  stressed: 'ASSERTION',
  affirmed: 'ASSERTION',
  confirmed: 'ASSERTION',
  'referred to': 'ASSERTION',
  'calls for': 'ASSERTION',
  'called for': 'ASSERTION',
  'according to': 'ASSERTION',
  'According to': 'ASSERTION',
  reported: 'REPORT',
  reports: 'REPORT',
  accused: 'ACCUSATION',
  accuses: 'ACCUSATION',
  accuse: 'ACCUSATION',
  blamed: 'ACCUSATION',
  blames: 'ACCUSATION',
  blame: 'ACCUSATION',
  denied: 'DENIAL',
  denies: 'DENIAL',
  deny: 'DENIAL',
  rejected: 'DENIAL',
  criticized: 'CRITICISM',
  criticised: 'CRITICISM',
  condemned: 'CRITICISM',
  announced: 'ANNOUNCEMENT',
  announces: 'ANNOUNCEMENT',
  instructed: 'INSTRUCTION',
  ordered: 'INSTRUCTION',
  invited: 'INVITATION',
  invites: 'INVITATION',
  accepted: 'ACCEPTANCE',
  warned: 'PREDICTION',
  warns: 'PREDICTION',
  predicted: 'PREDICTION',
  pledged: 'PLEDGE',
  promised: 'PLEDGE',
  vowed: 'PLEDGE',
  see: 'ASSESSMENT',
  sees: 'ASSESSMENT',
  believe: 'ASSESSMENT',
  believes: 'ASSESSMENT',
  argued: 'ASSESSMENT',
  argue: 'ASSESSMENT',
};
/** Nouns that make their possessor a speaker: "Xi’s recent statements", "Trump’s decision to blame". */
const SPEECH_NOUNS = /^(statements?|remarks|comments|words|decision|call|calls|pledge|promise|claim|claims|warning|assertion|view|readout)$/;
/** Subjects that name the voice of an organisation: "A Kremlin statement said". */
const SOURCE_NOUNS = /^(statement|spokesperson|spokesman|spokeswoman|readout|official|officials|source|sources|report)$/;
const GROUP_SUBJECT = /(?:^|\s)((?:[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|[Oo]ther|[Ff]ew)\s+[a-z]+s|[A-Za-z][a-z]+(?:ics|ists|ers|ors|ians|ants|ents|ials))$/;
const TWO = /\b(?:the two leaders|the two sides|both leaders|both sides|the two|the leaders)$/i;
const AUX = /(?:\s+|^)(?:has|have|had|also|will|would|did|does|do|is|was|not|never|already|recently|publicly|repeatedly|reportedly|then|again|\w+ly|,)$/;

interface Cue {
  start: number;
  end: number;
  act: StatementAct;
  speakers: string[];
  /** The verb's object when it is an entity: told X, invited X, instructed X. */
  addressee?: string;
  /** Where the reported words start when not right after the verb: after "told X", "According to X, director of Y,". */
  wordsFrom?: number;
}

class Speech {
  private mentions: Mention[];
  constructor(
    private readonly text: string,
    private readonly book: EntityBook,
  ) {
    this.mentions = book.mentions();
  }
  refresh() {
    this.mentions = this.book.mentions();
  }

  private lastPersons(before: number, n: number): string[] {
    const out: string[] = [];
    for (let i = this.mentions.length - 1; i >= 0 && out.length < n; i--) {
      const m = this.mentions[i];
      if (m.end <= before && m.kind === 'PERSON' && !out.includes(m.id)) out.push(m.id);
    }
    return out.reverse();
  }

  private mentionEndingAt(end: number): Mention | undefined {
    return this.mentions.find((m) => m.end === end);
  }

  /** Who does the verb at `at`: the words before it in its sentence, read from the verb backwards. */
  subject(sentence: Sentence, at: number): string[] {
    let pre = this.text.slice(sentence.start, at).replace(/\s+$/, '');
    // "Moreno, who heads the X Institute, said", "Moreno, director of X, has said": a clause closed by a comma
    // before the verb; the subject is before it.
    const clause = /^(.*[^\s,]),\s+(?:who|which|whose|the|a|an|[a-z]+\s+of)\b[^,]*,(?:\s+(?:has|have|had|also|will|would|not|never|already|\w+ly))*$/.exec(pre);
    if (clause && this.mentionEndingAt(sentence.start + clause[1].length)) pre = clause[1];
    for (let guard = 0; guard < 6 && (AUX.test(pre) || /,$/.test(pre)); guard++) pre = pre.replace(AUX, '').replace(/[\s,]+$/, '');
    const end = sentence.start + pre.length;
    if (/\b(?:he|she|He|She)$/.test(pre)) return this.lastPersons(end - 2, 1);
    if (TWO.test(pre)) return this.lastPersons(end, 2);
    const entity = this.mentionEndingAt(end);
    if (entity) {
      // "China and Russia announced": every conjunct.
      const before = this.text.slice(sentence.start, entity.start);
      const and = /\s+and\s+$/.exec(before);
      const other = and ? this.mentionEndingAt(sentence.start + and.index) : undefined;
      return other ? [other.id, entity.id] : [entity.id];
    }
    // "Trump’s decision to blame", "Xi’s recent statements": the possessor.
    const poss = /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s((?:\s+[a-z-]+){1,3})(?:\s+to)?$/.exec(pre);
    if (poss) {
      const nouns = poss[2].trim().split(/\s+/);
      const owner = this.mentionEndingAt(sentence.start + poss.index + poss[1].length);
      if (owner && nouns.some((w) => SPEECH_NOUNS.test(w))) return [owner.id];
      // "China’s official media stated": the group itself is the voice.
      if (owner && !SOURCE_NOUNS.test(nouns[nouns.length - 1]) && !/^to$/.test(nouns[nouns.length - 1])) {
        const id = this.book.add('ORGANIZATION', pre.slice(poss.index), undefined, { description: 'speaker named by the article' });
        if (id) return [this.refreshed(id)];
      }
    }
    // "A Kremlin statement said": the named organisation.
    const source = /\b(?:A|An|The|a|an|the)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(\w+)$/.exec(pre);
    if (source && SOURCE_NOUNS.test(source[2])) {
      const known = this.mentionEndingAt(sentence.start + source.index + source[0].length - source[2].length - 1);
      if (known) return [known.id];
      const id = this.book.add('ORGANIZATION', source[1]);
      if (id) return [this.refreshed(id)];
    }
    // "critics say", "Many experts see": an unnamed group.
    const group = GROUP_SUBJECT.exec(pre);
    if (group) {
      const id = this.book.add('ORGANIZATION', group[1], undefined, { description: 'unnamed group named by the article' });
      if (id) return [this.refreshed(id)];
    }
    // "the West accuses": capitalised words right before the verb.
    const caps = /((?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$/.exec(pre);
    if (caps && !STOP_CAPS.has(caps[1])) {
      const name = caps[1];
      const id = this.book.add(/^[Tt]he\s/.test(name) || /^[A-Z]{2,}$/.test(name) ? 'ORGANIZATION' : 'PERSON', name);
      if (id) return [this.refreshed(id)];
    }
    return [];
  }

  /** "According to X," or "told X": the entity right after `at`. */
  objectAfter(at: number): string | undefined {
    return this.mentionAfter(at)?.id;
  }

  private mentionAfter(at: number): Mention | undefined {
    const rest = this.text.slice(at);
    const lead = /^\s+(?:the\s+)?/.exec(rest)?.[0].length ?? 0;
    return this.mentions.find((m) => m.start === at + lead && m.kind !== 'EVENT');
  }

  private refreshed(id: string): string {
    this.refresh();
    return id;
  }

  /** Speech cues of a sentence outside its quotations, in text order. */
  cues(sentence: Sentence, quotes: Quote[]): Cue[] {
    const s = this.text.slice(sentence.start, sentence.end);
    const out: Cue[] = [];
    const verbs = new RegExp(`\\b(${Object.keys(SPEECH_VERBS).join('|')})\\b`, 'g');
    for (const m of s.matchAll(verbs)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (quotes.some((q) => q.start <= start && start < q.end)) continue;
      if (/\b[Aa]s\s+$/.test(s.slice(0, m.index))) continue; // "As stated in the readout": a source, not a speaker
      if ((m[1] === 'see' || m[1] === 'sees') && !/\s+as\s+/.test(s.slice(m.index))) continue;
      const act = SPEECH_VERBS[m[1]];
      if (/^[Aa]ccording to$/.test(m[1])) {
        const who = this.mentionAfter(end);
        // The words follow the name and a comma-closed description of it: "According to X, director of Y, …".
        const described = who ? /^(?:,\s+[^,]*,|,)?\s*/.exec(this.text.slice(who.end))![0].length : 0;
        if (who) out.push({ start, end, act, speakers: [who.id], wordsFrom: who.end + described });
        continue;
      }
      const speakers = this.subject(sentence, start);
      if (speakers.length === 0) continue;
      const addressee = /^(told|tells|invited|invites|instructed|ordered|accused|accuses|blamed|blames)$/.test(m[1]) ? this.objectAfter(end) : undefined;
      // "instructed officials": an unnamed group as the addressee.
      const group = addressee ? undefined : /^\s+((?:[a-z]+\s+)?[a-z]+(?:ials|ists|ers|ors|ians|ants|ents))\b/.exec(this.text.slice(end));
      const groupId = group && /^(told|tells|instructed|ordered|urged|invited)$/.test(m[1]) ? this.book.add('ORGANIZATION', group[1]) : undefined;
      if (groupId) this.refresh();
      const to = addressee ?? groupId;
      const toEnd = addressee ? this.mentionAfter(end)?.end : undefined;
      out.push({ start, end, act, speakers, ...(to && !speakers.includes(to) ? { addressee: to } : {}), ...(toEnd ? { wordsFrom: toEnd } : {}) });
    }
    // Possessive speech nouns: "Xi’s recent statements to Putin that …".
    for (const m of s.matchAll(
      /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+(?:[a-z-]+\s+)?(statements?|remarks|comments|words|pledge|promise|claims?|warning)\b/g,
    )) {
      const owner = this.mentionEndingAt(sentence.start + m.index + m[1].length);
      if (!owner) continue;
      const start = sentence.start + m.index;
      const after = this.text.slice(start + m[0].length).match(/^\s+to\s+/);
      const addressee = after ? this.objectAfter(start + m[0].length + after[0].length - 1) : undefined;
      out.push({ start, end: start + m[0].length, act: 'ASSERTION', speakers: [owner.id], ...(addressee ? { addressee } : {}) });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

interface Quote {
  /** The quotation marks' span. */
  start: number;
  end: number;
  /** The words inside. */
  inner: string;
}

/** “…” quotations, and ‘…’ ones that open after a space (a ’ inside a word is an apostrophe). */
function quotesOf(text: string, s: Sentence): Quote[] {
  const body = text.slice(s.start, s.end);
  const out: Quote[] = [];
  for (const m of body.matchAll(/“([^”]+)”|(?<![\p{L}\p{N}])‘([^’]+(?:’[\p{L}][^’]*)*)’(?![\p{L}])/gu)) {
    const inner = (m[1] ?? m[2]).replace(/[,\s]+$/u, '');
    if (inner.length === 0) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, inner });
  }
  return out;
}

function statementId(used: Set<string>, speaker: string | undefined, words: string): string {
  const who = speaker ? speaker.slice(speaker.indexOf(':') + 1) : 'narrator';
  const what = slug(words).split('-').filter(Boolean).slice(0, 6).join('-') || 'statement';
  let id = `statement:${who}-${what}`;
  for (let n = 2; used.has(id); n++) id = `statement:${who}-${what}-${n}`;
  used.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------

export interface AnnotateInput {
  /** article.txt as read from disk (normalised here as the validator does). */
  text: string;
  publishedOn: string;
  /** Entities of other articles: a mention of one of them keeps its id. */
  known?: KnownEntity[];
}

const entities0 = (book: EntityBook) => [...book.byId.values()];

export function annotate(input: AnnotateInput): AnnotateResult {
  const text = storedText(input.text);
  const sentences = sentencesOf(text);
  const book = new EntityBook(text);
  knownEntities(book, text, input.known ?? []);
  taggedEntities(book, text, sentences);

  const speech = new Speech(text, book);
  const statements: DraftStatement[] = [];
  const used = new Set<string>();
  let unattributed = 0;
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);

  const dates = findDates(text, input.publishedOn);
  const dateIn = (s: Sentence) => dates.find((d) => d.start >= s.start && d.end <= s.end);
  const toDraft = (d: FoundDate): DraftDate => ({ value: d.value, precision: d.precision, text: d.text });

  for (const s of sentences) {
    const quotes = quotesOf(text, s);
    const cues = speech.cues(s, quotes);
    const evidence = [evidenceAt(text, s.start, s.end)];
    const date = dateIn(s);
    const claimed = new Set<Cue>();
    // Each quotation goes to the nearest cue before it, or else the nearest after it ("…,” Xi stated.).
    const byCue = new Map<Cue, Quote[]>();
    for (const q of quotes) {
      const before = cues.filter((c) => c.end <= q.start);
      const cue = before.length > 0 ? before[before.length - 1] : cues.find((c) => c.start >= q.end);
      if (!cue) {
        unattributed++;
        continue;
      }
      byCue.set(cue, [...(byCue.get(cue) ?? []), q]);
    }
    cues.forEach((cue, i) => {
      const qs = byCue.get(cue);
      // "A Kremlin statement said that Putin told …": the outer voice reports the inner one.
      const inner = cues[i + 1];
      const reportedBy = i > 0 && /\bthat\s/.test(text.slice(cues[i - 1].end, cue.start)) ? cues[i - 1].speakers : undefined;
      for (const speaker of cue.speakers) {
        let form: StatementForm;
        let words: string;
        if (qs) {
          const longest = qs.reduce((a, b) => (b.inner.length > a.inner.length ? b : a));
          words = longest.inner;
          form = /^[A-Z]/.test(words) && words.split(/\s+/).length >= 6 ? 'DIRECT_QUOTE' : 'PARTIAL_QUOTE';
        } else {
          if (inner && inner.start > cue.end && byCue.has(inner) === false && claimed.has(cue)) continue;
          words = text
            .slice(cue.wordsFrom ?? cue.end, s.end)
            .replace(/^\s*(?:that\s+)?/, '')
            .trim();
          if (!/[\p{L}\p{N}]/u.test(words)) words = text.slice(s.start, s.end);
          form = 'PARAPHRASE';
        }
        claimed.add(cue);
        const act = qs === undefined && reportedBy === undefined && i + 1 < cues.length && cue.act === 'ASSERTION' ? 'REPORT' : cue.act;
        statements.push({
          id: statementId(used, speaker, words),
          speaker,
          ...(cue.addressee ? { addressees: [cue.addressee] } : {}),
          ...(reportedBy && !reportedBy.includes(speaker) ? { reportedBy: reportedBy.filter((r) => r !== speaker) } : {}),
          form,
          act,
          text: words,
          ...(date ? { date: toDraft(date) } : {}),
          evidence,
          draft: true,
        });
      }
    });
    // The journalist's own assessment (NarratorSpeakerRule: no speaker), where the sentence hedges.
    if (cues.length === 0 && quotes.length === 0 && /\b(seem(?:s|ed)?|appear(?:s|ed)?|likely|apparently|probably)\b/.test(text.slice(s.start, s.end))) {
      const words = text.slice(s.start, s.end);
      statements.push({ id: statementId(used, undefined, words), form: 'NARRATOR', act: 'ASSESSMENT', text: words, evidence, draft: true });
    }
  }

  // Dates onto events: the event mention nearest the date in its sentence.
  const mentions = book.mentions();
  for (const d of dates) {
    const s = sentenceOf(d.start);
    if (!s) continue;
    const near = mentions
      .filter((m) => m.kind === 'EVENT' && m.start >= s.start && m.end <= s.end && !book.known.has(m.id))
      .sort((a, b) => Math.abs(a.start - d.start) - Math.abs(b.start - d.start))[0];
    const event = near && book.byId.get(near.id);
    if (event && !event.date) event.date = toDraft(d);
  }
  // "the third anniversary of the war": the war began that many years before; an ongoing war runs until now.
  const dayOf = (at: number) => {
    const s = sentenceOf(at);
    const d = s && dates.find((x) => x.precision === 'DAY' && x.start >= s.start && x.end <= s.end);
    return d ? d.value : input.publishedOn;
  };
  for (const a of findAnniversaries(text, dayOf)) {
    const target = mentions.find((m) => m.kind === 'EVENT' && m.start >= a.end - a.of.length && m.start < a.end);
    const event = target && book.byId.get(target.id);
    if (!event || event.date) continue;
    const ongoing = /^(WAR|CRISIS|OCCUPATION)$/.test(event.eventType ?? '');
    const words = text.slice(a.start, a.end);
    event.date = ongoing ? { value: `${a.origin}/${dayOf(a.start)}`, precision: 'RANGE', text: words } : { value: a.origin, precision: 'DAY', text: words };
    dates.push({ value: event.date.value, precision: event.date.precision, text: words, start: a.start, end: a.end });
  }
  const carried = [...entities0(book), ...statements].flatMap((x) => (x.date ? [x.date] : []));
  const placed = dates.filter((d) => carried.some((c) => c.value === d.value && c.text === d.text));

  const entities = [...book.byId.values()];
  // What the coverage rules ask once the draft is reviewed: every name in an evidence linked, every quotation placed.
  linkNamedEntities(text, entities, statements);
  // Words spoken at a dated event and dated no other way: the event's date.
  for (const st of statements) {
    const at = st.event ? book.byId.get(st.event)?.date : undefined;
    if (at && !st.date) st.date = { ...at };
  }
  const notStatements = uncoveredQuotations(text, statements);
  const ordered = statements.map(({ id, speaker, addressees, about, event, reportedBy, ...rest }) => ({
    id,
    ...(speaker ? { speaker } : {}),
    ...(addressees ? { addressees } : {}),
    ...(about ? { about } : {}),
    ...(event ? { event } : {}),
    ...(reportedBy ? { reportedBy } : {}),
    ...rest,
  }));
  const count = (kind: EntityKind) => entities.filter((e) => e.kind === kind).length;
  const summary = {
    entities: entities.length,
    knownEntities: book.known.size,
    people: count('PERSON'),
    countries: count('COUNTRY'),
    organizations: count('ORGANIZATION'),
    events: count('EVENT'),
    statements: statements.length,
    quotations: statements.filter((st) => st.form === 'DIRECT_QUOTE' || st.form === 'PARTIAL_QUOTE').length,
    paraphrases: statements.filter((st) => st.form === 'PARAPHRASE').length,
    narrator: statements.filter((st) => st.form === 'NARRATOR').length,
    unattributedQuotes: unattributed,
    notStatements: notStatements.length,
    dates: dates.length,
    datesPlaced: placed.length,
  };
  return { draft: { draft: true, entities, statements: ordered, relations: [], notStatements }, dates, summary };
}
