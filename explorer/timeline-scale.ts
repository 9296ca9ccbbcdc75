/**
 * The timeline strip's scale. Dates cluster (a war in the 1940s, then 2022–2025): a gap of more than two years
 * between clusters is cut out and drawn as a marked break, so each cluster keeps a readable scale; within a
 * cluster the scale is linear. Pure, so the unit tier checks it.
 */
import { dayNumber } from './dates';

/** Width of a cut gap, in the strip's units (CSS pixels). */
export const BREAK = 28;
const GAP_DAYS = 730;
const PAD_DAYS = 20;
/** The least share of the width a cluster gets (less with many clusters), so a short one is not a sliver. */
const MIN_SHARE = 0.2;

/** A cluster of days `[from, to)` (day numbers) drawn between `x0` and `x1`. */
export interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** Clusters of days with gaps of more than GAP_DAYS between them, each given a stretch of the width. */
export function segmentsOf(intervals: [number, number][], width: number): Segment[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const clusters: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && a - last[1] <= GAP_DAYS) last[1] = Math.max(last[1], b);
    else clusters.push([a, b]);
  }
  // Nothing dated yet: this year, so the strip still has an axis.
  const year = new Date().getUTCFullYear();
  if (!clusters.length) clusters.push([dayNumber(`${year}-01-01`), dayNumber(`${year}-12-31`)]);
  const padded = clusters.map(([a, b]) => [a - PAD_DAYS, b + PAD_DAYS + 1] as const);
  const total = padded.reduce((sum, [a, b]) => sum + (b - a), 0);
  const raw = padded.map(([a, b]) => (b - a) / total);
  // Short clusters get the least share; the others split what is left in proportion to their length.
  const least = Math.min(MIN_SHARE, 1 / (2 * padded.length));
  const small = raw.map((r) => r < least);
  const rest = 1 - least * small.filter(Boolean).length;
  const longTotal = raw.reduce((sum, r, i) => (small[i] ? sum : sum + r), 0);
  const shares = raw.map((r, i) => (small[i] ? least : (rest * r) / longTotal));
  const available = width - BREAK * (padded.length - 1);
  let x = 0;
  return padded.map(([from, to], i) => {
    const share = shares[i] * available;
    const segment = { from, to, x0: x, x1: x + share };
    x += share + BREAK;
    return segment;
  });
}
