/**
 * The article text: how it is stored, split into passages, searched for quotes and for the names of entities.
 * Offsets are 0-based, end-exclusive JavaScript string units over the stored text (seed/model.ts).
 */
import type { ResolvedEvidence, ResolvedPassage } from '../model';
import { passageId } from '../../src/graph';

/** The stored text: the file with a BOM removed, CRLF/CR turned into LF and trailing whitespace trimmed. */
export function storedText(fileContent: string): string {
  return fileContent
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/u, '');
}

/** Paragraphs: the text split on blank lines (title and sub-headings are passages too). */
export function splitPassages(articleId: string, text: string): ResolvedPassage[] {
  const passages: ResolvedPassage[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    // Leading/trailing spaces inside a paragraph are not part of it.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) passages.push({ id: passageId(articleId, passages.length), index: passages.length, start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return passages;
}

/** Every start offset of `needle` in `text` (overlapping matches included). */
export function occurrences(text: string | TextIndex, needle: string): number[] {
  if (text instanceof TextIndex) return text.occurrences(needle);
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * The article text with every start offset of each 4-character gram, built once per article. An article is
 * searched for hundreds of quotes, names and date phrases; scanning the whole text for each costs
 * O(needles × text), which a generated 5,000-entity article (~1.5 MB) makes minutes long. With the index a needle
 * is checked only where its rarest gram occurs.
 */
export class TextIndex {
  private static readonly GRAM = 4;
  private readonly grams = new Map<string, number[]>();

  constructor(readonly text: string) {
    const g = TextIndex.GRAM;
    for (let i = 0; i + g <= text.length; i++) {
      const gram = text.slice(i, i + g);
      const list = this.grams.get(gram);
      if (list) list.push(i);
      else this.grams.set(gram, [i]);
    }
  }

  /** Same answer as scanning the text: every start offset, ascending, overlapping matches included. */
  occurrences(needle: string): number[] {
    const g = TextIndex.GRAM;
    if (needle.length < g) return occurrences(this.text, needle);
    let best = 0;
    let bestList: number[] | undefined;
    for (let i = 0; i + g <= needle.length; i++) {
      const list = this.grams.get(needle.slice(i, i + g));
      if (!list) return [];
      if (!bestList || list.length < bestList.length) {
        best = i;
        bestList = list;
      }
    }
    const found: number[] = [];
    for (const at of bestList!) {
      const start = at - best;
      if (start >= 0 && this.text.startsWith(needle, start)) found.push(start);
    }
    return found;
  }

  includes(needle: string): boolean {
    return needle.length === 0 || this.occurrences(needle).length > 0;
  }
}

/** The passage that holds [start, end), or undefined when the span crosses a boundary (passages are in text order). */
export function passageOf(passages: ResolvedPassage[], start: number, end: number): ResolvedPassage | undefined {
  let low = 0;
  let high = passages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = passages[mid];
    if (start < p.start) high = mid - 1;
    else if (start >= p.end) low = mid + 1;
    else return end <= p.end ? p : undefined;
  }
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A whole-word occurrence: neither preceded nor followed by a letter or digit. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORD_CHAR.test(text[start - 1])) && !(end < text.length && WORD_CHAR.test(text[end]));
}

export function wholeWordOccurrences(text: string | TextIndex, needle: string): number[] {
  const plain = text instanceof TextIndex ? text.text : text;
  return occurrences(text, needle).filter((start) => isWholeWord(plain, start, start + needle.length));
}

/**
 * Where the article names an entity: whole-word, case-sensitive occurrences of the name or an alias. Where two of
 * the entity's forms overlap (an alias inside a longer one at the same place: "Xi" in "President Xi Jinping"),
 * the longest wins. Returned in text order.
 */
export function findMentions(source: string | TextIndex, passages: ResolvedPassage[], forms: string[]): ResolvedEvidence[] {
  const text = source instanceof TextIndex ? source.text : source;
  const candidates: { start: number; end: number }[] = [];
  for (const form of new Set(forms)) {
    if (form.length === 0) continue;
    for (const start of wholeWordOccurrences(source, form)) candidates.push({ start, end: start + form.length });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: { start: number; end: number }[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const mentions: ResolvedEvidence[] = [];
  for (const k of kept) {
    const passage = passageOf(passages, k.start, k.end);
    if (passage) mentions.push({ start: k.start, end: k.end, quote: text.slice(k.start, k.end), passageIndex: passage.index });
  }
  return mentions;
}

/** Straight quotes where the article has curly ones: used only to explain why a quote was not found. */
export function straighten(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, '-');
}

/** A quotation of the text: from its opening mark to its closing one (or to the end of its paragraph). */
export interface Quotation {
  /** The opening mark. */
  start: number;
  /** Just after the closing mark, or the end of the paragraph when the quotation is not closed in it. */
  end: number;
  /** The quoted words, without the marks. */
  inner: { start: number; end: number };
  passageIndex: number;
}

/**
 * The outermost quotations of each paragraph: “…”, "…" and ‘…’ (a quotation nested in another is part of it, so
 * covering the outer one covers it). ’ is both the closing single mark and the apostrophe: it closes an open ‘
 * only where no letter or digit follows (“China’s” is an apostrophe; “the leaders’ talks” inside ‘…’ would
 * close it early, a rare case the quoted words then still cover). ‘ only opens where no letter or digit comes
 * before it. A straight ' is left alone, as nothing tells it from an apostrophe; a straight " opens when none is
 * open and closes otherwise. A quotation still open at the end of its paragraph runs to the end of it, as a
 * multi-paragraph quotation leaves its closing mark for the last paragraph.
 */
export function findQuotations(text: string, passages: ResolvedPassage[]): Quotation[] {
  const found: Quotation[] = [];
  for (const p of passages) {
    const open: { mark: string; at: number }[] = [];
    const close = (at: number) => {
      const outer = open[0];
      open.length = 0;
      found.push({ start: outer.at, end: at + 1, inner: { start: outer.at + 1, end: at }, passageIndex: p.index });
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      const before = i > p.start ? text[i - 1] : '';
      const after = i + 1 < p.end ? text[i + 1] : '';
      if (c === '“') open.push({ mark: c, at: i });
      else if (c === '‘' && !WORD_CHAR.test(before)) open.push({ mark: c, at: i });
      else if (c === '"') {
        const k = open.findIndex((o) => o.mark === '"');
        if (k === -1) open.push({ mark: c, at: i });
        else if (k === 0) close(i);
        else open.length = k;
      } else if (c === '”' || (c === '’' && !WORD_CHAR.test(after))) {
        const mark = c === '”' ? '“' : '‘';
        const k = open.map((o) => o.mark).lastIndexOf(mark);
        if (k === 0) close(i);
        else if (k > 0) open.length = k; // closes a nested quotation (and any unclosed one inside it)
      }
    }
    if (open.length > 0) found.push({ start: open[0].at, end: p.end, inner: { start: open[0].at + 1, end: p.end }, passageIndex: p.index });
  }
  return found;
}
