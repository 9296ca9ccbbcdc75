/**
 * What the validator's coverage rules ask of a reviewed file, applied to a draft (annotate.ts): every entity a
 * statement's evidence names is linked to it (MentionsLinkedRule), and every quotation of the text is inside some
 * statement's evidence or listed in `notStatements` (QuotationsCoveredRule). The speaker, addressee and reporter
 * guesses come from the words (annotate.ts); what the words do not place goes into `about`, a guess the reviewer
 * moves or lists in "unlinked". A quotation no statement took is listed with a reason that says it is a guess.
 * Mentions and quotations are found with the validator's own functions (seed/annotations/text.ts), so the draft
 * and the rules agree on what the text names and quotes.
 */
import type { EntityKind } from '../../src/graph';
import { findMentions, findQuotations, occurrences, splitPassages } from '../annotations/text';
import type { ResolvedPassage } from '../model';

interface Span {
  start: number;
  end: number;
}

export interface CoverageEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface CoverageStatement {
  speaker?: string;
  addressees?: string[];
  reportedBy?: string[];
  about?: string[];
  event?: string;
  evidence: { quote: string; occurrence?: number }[];
}

export interface NotStatement {
  quote: string;
  reason: string;
  draft: true;
}

/** Each entity's mentions that are not inside a longer mention of another entity (as MentionsLinkedRule counts). */
function mentionsOf(text: string, passages: ResolvedPassage[], entities: CoverageEntity[]): (Span & { id: string; kind: EntityKind })[] {
  const all = entities.flatMap((e) =>
    findMentions(text, passages, [e.name, ...e.aliases]).map((m) => ({ start: m.start, end: m.end, id: e.id, kind: e.kind })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let widest: Span | undefined;
  return all.filter((m) => {
    const inside = widest !== undefined && widest.end >= m.end && widest.end - widest.start > m.end - m.start;
    if (!widest || m.end > widest.end) widest = m;
    return !inside;
  });
}

/** Where an evidence item is: its only occurrence, or the one its "occurrence" names. */
function placed(text: string, ev: { quote: string; occurrence?: number }): Span | undefined {
  const start = occurrences(text, ev.quote)[(ev.occurrence ?? 1) - 1];
  return start === undefined ? undefined : { start, end: start + ev.quote.length };
}

/** "said at the start of the talks", "during their meeting": the event the words were spoken at. */
const AT_EVENT = /\b(?:at|during)\s+(?:the\s+(?:start|end|close|opening|outset|sidelines)\s+of\s+)?(?:the|their|a|an|this|that)?\s*$/i;

/**
 * Links every entity each statement's evidence names, in text order: an event the words were spoken at is the
 * statement's `event`, anything else no role holds goes into `about`.
 */
export function linkNamedEntities(text: string, entities: CoverageEntity[], statements: CoverageStatement[]): void {
  const passages = splitPassages('article:draft', text);
  const mentions = mentionsOf(text, passages, entities);
  for (const s of statements) {
    const linked = new Set([s.speaker, s.event, ...(s.addressees ?? []), ...(s.reportedBy ?? []), ...(s.about ?? [])]);
    for (const ev of s.evidence) {
      const span = placed(text, ev);
      if (!span) continue;
      for (const m of mentions) {
        if (m.start < span.start || m.end > span.end || linked.has(m.id)) continue;
        linked.add(m.id);
        if (m.kind === 'EVENT' && s.event === undefined && AT_EVENT.test(text.slice(span.start, m.start))) s.event = m.id;
        else s.about = [...(s.about ?? []), m.id];
      }
    }
  }
}

/** The quotations no statement's evidence holds, each with a reason marked as the annotator's guess. */
export function uncoveredQuotations(text: string, statements: CoverageStatement[]): NotStatement[] {
  const passages = splitPassages('article:draft', text);
  const spans = statements.flatMap((s) => s.evidence.flatMap((ev) => placed(text, ev) ?? []));
  const out: NotStatement[] = [];
  for (const q of findQuotations(text, passages)) {
    // The quoted words without the marks and the spaces and punctuation just inside them (QuotationsCoveredRule).
    let { start, end } = q.inner;
    while (start < end && /[\s\p{P}]/u.test(text[start])) start++;
    while (end > start && /[\s\p{P}]/u.test(text[end - 1])) end--;
    if (end <= start) continue;
    if (spans.some((sp) => sp.start <= start && end <= sp.end)) continue;
    const quote = text.slice(start, end);
    if (out.some((n) => n.quote === quote)) continue;
    const passage = passages.find((p) => p.index === q.passageIndex)!;
    const where =
      q.start === passage.start && q.end === passage.end
        ? 'a line that is all quotation, most likely a sub-heading that quotes nobody'
        : q.passageIndex === 0
          ? 'a quotation in the headline with no speech verb, most likely a label that quotes nobody'
          : 'no speaker found near this quotation: a scare quote, or a statement the annotator missed';
    out.push({ quote, reason: `draft guess: ${where}; add the statement it quotes, or keep it here with the real reason`, draft: true });
  }
  return out;
}
