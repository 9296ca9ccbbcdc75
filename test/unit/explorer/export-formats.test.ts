import { parse } from 'csv-parse/sync';
import type { ExportView } from '../../../explorer/export-formats';
import { edgesCsv, nodesCsv, toGraphML } from '../../../explorer/export-formats';

/** Values with every character XML and CSV must escape: the article's curly quotes, ampersands, commas, lines. */
const view: ExportView = {
  nodes: [
    {
      id: 'person:xi-jinping',
      label: 'Xi Jinping',
      kind: 'PERSON',
      type: 'Person',
      name: 'Xi Jinping',
      depth: 0,
      date: null,
      datePrecision: null,
      evidence: [],
    },
    {
      id: 'statement:a&b',
      label: 'China–Russia <relations> "strong", \'unique\'',
      kind: 'STATEMENT',
      type: 'Statement',
      name: null,
      depth: 1,
      date: '2025-W08',
      datePrecision: 'WEEK',
      evidence: [{ articleId: 'article:x', start: 10, end: 40, quote: '“no limits”, said\nXi & Putin' }],
    },
  ],
  edges: [
    {
      id: 'statement:a&b|SAID_BY|person:xi-jinping',
      source: 'statement:a&b',
      target: 'person:xi-jinping',
      type: 'SAID_BY',
      label: 'said by',
      role: null,
      evidence: [
        { articleId: 'article:x', start: 10, end: 40, quote: '“no limits”, said\nXi & Putin' },
        { articleId: 'article:x', start: 50, end: 60, quote: 'again' },
      ],
    },
  ],
};

describe('GraphML export', () => {
  const xml = toGraphML(view);

  it('escapes markup in ids and values', () => {
    expect(xml).toContain('<node id="statement:a&amp;b">');
    expect(xml).toContain('<data key="n_label">China–Russia &lt;relations&gt; &quot;strong&quot;, &apos;unique&apos;</data>');
    expect(xml).toContain('<edge id="statement:a&amp;b|SAID_BY|person:xi-jinping" source="statement:a&amp;b" target="person:xi-jinping">');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('declares every data key it uses, and writes evidence as quotes and spans', () => {
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared).toContain(key);
    expect(xml).toContain('<data key="e_evidenceQuotes">“no limits”, said\nXi &amp; Putin | again</data>');
    expect(xml).toContain('<data key="e_evidenceSpans">article:x@10-40 article:x@50-60</data>');
    expect(xml).toContain('<data key="n_depth">0</data>');
    expect([...xml.matchAll(/<node /g)]).toHaveLength(2);
    expect([...xml.matchAll(/<edge /g)]).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('writes nodes that parse back to the same values', () => {
    const rows = parse(nodesCsv(view), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      id: 'statement:a&b',
      label: 'China–Russia <relations> "strong", \'unique\'',
      kind: 'STATEMENT',
      type: 'Statement',
      name: '',
      depth: '1',
      date: '2025-W08',
      datePrecision: 'WEEK',
      evidenceQuotes: '“no limits”, said\nXi & Putin',
      evidenceSpans: 'article:x@10-40',
    });
  });

  it('writes edges with their evidence', () => {
    const rows = parse(edgesCsv(view), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        id: 'statement:a&b|SAID_BY|person:xi-jinping',
        source: 'statement:a&b',
        target: 'person:xi-jinping',
        label: 'said by',
        type: 'SAID_BY',
        role: '',
        evidenceQuotes: '“no limits”, said\nXi & Putin | again',
        evidenceSpans: 'article:x@10-40 article:x@50-60',
      },
    ]);
  });
});
