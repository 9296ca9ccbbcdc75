/**
 * Every entity a statement's evidence names (by name or alias, text.ts findMentions) is linked to the statement,
 * as its speaker, an addressee, something it is about, its event or a reporter, or through a statement it is
 * about or responds to (whose words the evidence then quotes or sums up: one level, as written there); or the
 * statement lists it in "unlinked" with the reason (a name that only dates or places the words, say). An evidence quote is the words
 * that support the statement, so a name in it that the statement leaves out is usually a link forgotten. A name
 * inside a longer name of another entity is part of that name, not a mention of its own (“Russia” in “Russia’s
 * full-scale invasion of Ukraine”). An "unlinked" entry must name an entity the evidence names and the statement
 * does not link, so the list stays true when links are added. A statement with a reference that names nothing
 * right (KnownReferencesRule) is checked once that is fixed.
 */
import type { ResolvedEvidence } from '../../model';
import { ANNOTATIONS } from '../files';
import { isObj, isStr, show, withArticle } from './context';
import type { EntityNode, RuleContext, RuleVisitor } from './context';

interface Mention {
  start: number;
  end: number;
  quote: string;
  entity: EntityNode & { id: string };
}

export function MentionsLinkedRule(context: RuleContext): RuleVisitor {
  let sorted: Mention[] | undefined;
  /** Every entity's mentions that are not inside a longer mention of another entity, by start. */
  const mentions = (): Mention[] => {
    if (sorted) return sorted;
    const all = context.entities
      .filter((e): e is EntityNode & { id: string } => e.id !== undefined)
      .flatMap((entity) => context.mentions(entity).map((m: ResolvedEvidence) => ({ start: m.start, end: m.end, quote: m.quote, entity })));
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    let widest: Mention | undefined;
    sorted = all.filter((m) => {
      const inside = widest !== undefined && widest.end >= m.end && widest.end - widest.start > m.end - m.start;
      if (!widest || m.end > widest.end) widest = m;
      return !inside;
    });
    return sorted;
  };
  /** The mentions inside [start, end). */
  const within = (start: number, end: number): Mention[] => {
    const list = mentions();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) found.push(list[i]);
    return found;
  };

  return {
    statementLeave(node) {
      // A reference that names nothing right is reported already, and may be the link meant: checked once it is fixed.
      if (context.text.length === 0 || node.references.some((r) => context.referenceFault(r))) return;
      const linked = new Set(node.references.map((r) => r.id));
      for (const ref of node.references) {
        const other = ref.role === 'about' || ref.role === 'respondsTo' ? context.ids.get(ref.id) : undefined;
        if (other?.category === 'STATEMENT' && other !== node) for (const r of other.references) linked.add(r.id);
      }
      const named = new Map<string, { mention: Mention; path: string }>();
      node.evidence.forEach((ev) => {
        const placed = context.place(ev).evidence;
        if (placed)
          for (const mention of within(placed.start, placed.end)) if (!named.has(mention.entity.id)) named.set(mention.entity.id, { mention, path: ev.path });
      });
      const excused = new Set<string>();
      const entries = Array.isArray(node.dto.unlinked) ? node.dto.unlinked : [];
      entries.forEach((entry, i) => {
        if (!isObj(entry) || !isStr(entry.entity)) return; // the shape check reports it
        const path = `${node.path}.unlinked[${i}].entity`;
        if (linked.has(entry.entity)) context.report(ANNOTATIONS, path, `"${entry.entity}" is linked by this statement: remove it from unlinked`);
        else if (!named.has(entry.entity))
          context.report(ANNOTATIONS, path, `"${entry.entity}" is not named in this statement’s evidence: remove it from unlinked`);
        else excused.add(entry.entity);
      });
      for (const [id, { mention, path }] of named) {
        if (linked.has(id) || excused.has(id)) continue;
        context.report(
          ANNOTATIONS,
          path,
          `the evidence names ${withArticle(mention.entity.kind?.toLowerCase() ?? 'entity')} "${id}" (${show(mention.quote)}) that the statement does not link: add it where the words put it (speaker, addressees, about, event or reportedBy), or list it in "unlinked" with the reason`,
        );
      }
    },
  };
}
