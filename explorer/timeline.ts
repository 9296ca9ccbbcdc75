/**
 * The timeline strip: every dated event (top row) and statement (bottom row) drawn over the days it may cover,
 * so "last week" or "January" is a bar as long as the week or the month, and a single day a thin tick.
 * Dragging across the strip (or typing the two dates) selects a span; the page then draws only the events
 * and statements that may fall in it.
 * Long gaps between clusters of dates are cut out and drawn as breaks (timeline-scale.ts).
 */
import { dayNumber, dayString } from './dates';
import type { Segment } from './timeline-scale';
import { BREAK, segmentsOf } from './timeline-scale';
import type { Dated } from './types';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = { EVENT: 6, STATEMENT: 30 } as const;
const ROW_HEIGHT = 18;
const AXIS_Y = 62;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TimelineOptions {
  svg: SVGSVGElement;
  onSpan(span: [string, string] | undefined): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

export class Timeline {
  private items: Dated[] = [];
  private segments: Segment[] = segmentsOf([], 1000);
  /** The strip's width in CSS pixels: the drawing's units, so labels keep their shape at any width. */
  private width = 1000;
  private span: [string, string] | undefined;
  private readonly brush: SVGRectElement;

  constructor(private readonly options: TimelineOptions) {
    this.brush = svg('rect', { class: 'brush', y: 0, height: AXIS_Y, x: 0, width: 0 });
    let start: number | undefined;
    const dayAt = (event: PointerEvent): number => {
      const box = options.svg.getBoundingClientRect();
      return this.day(((event.clientX - box.left) / Math.max(box.width, 1)) * this.width);
    };
    options.svg.addEventListener('pointerdown', (event) => {
      start = dayAt(event);
      options.svg.setPointerCapture(event.pointerId);
    });
    options.svg.addEventListener('pointermove', (event) => {
      if (start === undefined) return;
      this.drawBrush([Math.min(start, dayAt(event)), Math.max(start, dayAt(event))]);
    });
    options.svg.addEventListener('pointerup', (event) => {
      if (start === undefined) return;
      const end = dayAt(event);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = undefined;
      // A click without a drag clears the span.
      const tooShort = Math.abs(this.x(b) - this.x(a)) < 3;
      options.onSpan(tooShort ? undefined : [dayString(Math.floor(a)), dayString(Math.floor(b))]);
    });
    new ResizeObserver(() => this.draw()).observe(options.svg);
  }

  get bounds(): [string, string] {
    return [dayString(this.segments[0].from), dayString(this.segments[this.segments.length - 1].to)];
  }

  setItems(items: Dated[]): void {
    this.items = items;
    this.draw();
  }

  setSpan(span: [string, string] | undefined): void {
    this.span = span;
    this.draw();
  }

  /** The x (0 to the width) of the start of a day; a day in a cut gap sits at the break. */
  private x(day: number): number {
    const segment = this.segments.find((s) => day < s.to) ?? this.segments[this.segments.length - 1];
    const clamped = Math.min(Math.max(day, segment.from), segment.to);
    return segment.x0 + ((clamped - segment.from) / (segment.to - segment.from)) * (segment.x1 - segment.x0);
  }

  /** The day under an x (0 to the width). */
  private day(x: number): number {
    const segment = this.segments.find((s) => x < s.x1 + BREAK / 2) ?? this.segments[this.segments.length - 1];
    const clamped = Math.min(Math.max(x, segment.x0), segment.x1);
    return segment.from + ((clamped - segment.x0) / (segment.x1 - segment.x0)) * (segment.to - segment.from);
  }

  private drawBrush(days: [number, number] | undefined): void {
    this.brush.setAttribute('x', String(days ? this.x(days[0]) : 0));
    this.brush.setAttribute('width', String(days ? Math.max(this.x(days[1] + 1) - this.x(days[0]), 2) : 0));
  }

  private label(x: number, text: string): SVGTextElement {
    const label = svg('text', { x: x + 2, y: AXIS_Y + 14, class: 'year' });
    label.textContent = text;
    return label;
  }

  private draw(): void {
    const root = this.options.svg;
    this.width = Math.max(root.clientWidth, 200);
    this.segments = segmentsOf(
      this.items.map((i) => [dayNumber(i.date.earliest), dayNumber(i.date.latest)]),
      this.width,
    );
    root.replaceChildren();
    root.setAttribute('viewBox', `0 0 ${this.width} ${AXIS_Y + 16}`);
    // One unit is one CSS pixel across; the height is the stylesheet's (.timeline, 78px).
    root.setAttribute('preserveAspectRatio', 'none');
    for (const [i, segment] of this.segments.entries()) {
      root.append(svg('line', { x1: segment.x0, x2: segment.x1, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' }));
      if (i > 0) {
        const x = segment.x0 - BREAK / 2;
        root.append(svg('path', { d: `M${x - 5},${AXIS_Y + 6} L${x - 1},${AXIS_Y - 6} M${x + 1},${AXIS_Y + 6} L${x + 5},${AXIS_Y - 6}`, class: 'break' }));
      }
      const firstYear = new Date(segment.from * 86_400_000).getUTCFullYear();
      const lastYear = new Date(segment.to * 86_400_000).getUTCFullYear();
      const pixelsPerYear = ((segment.x1 - segment.x0) / (segment.to - segment.from)) * 365;
      // Quarters where a year is wide enough for them, else years on round numbers.
      const monthStep = pixelsPerYear > 160 ? 3 : 12;
      const yearStep = monthStep < 12 ? 1 : ([1, 2, 5, 10, 20, 50].find((s) => pixelsPerYear * s >= 40) ?? 100);
      for (let year = Math.ceil(firstYear / yearStep) * yearStep; year <= lastYear; year += yearStep) {
        for (let month = 0; month < 12; month += monthStep) {
          const day = dayNumber(`${year}-${String(month + 1).padStart(2, '0')}-01`);
          if (day <= segment.from || day >= segment.to) continue;
          const x = this.x(day);
          root.append(svg('line', { x1: x, x2: x, y1: 0, y2: AXIS_Y + 4, class: month ? 'tick minor' : 'tick' }));
          root.append(this.label(x, month ? MONTHS[month] : String(year)));
        }
      }
    }
    for (const item of this.items) {
      const from = this.x(dayNumber(item.date.earliest));
      const to = this.x(dayNumber(item.date.latest) + 1);
      const inSpan = !this.span || (item.date.earliest <= this.span[1] && item.date.latest >= this.span[0]);
      const bar = svg('rect', {
        x: from,
        y: ROW[item.kind],
        width: Math.max(to - from, 2),
        height: ROW_HEIGHT,
        class: `item ${item.kind.toLowerCase()} ${item.date.precision.toLowerCase()}${inSpan ? '' : ' out'}`,
        'data-id': item.id,
      });
      const title = svg('title', {});
      title.textContent = `${item.label} — ${item.date.value} (${item.date.precision.toLowerCase()}${item.date.text ? `: “${item.date.text}”` : ''})`;
      bar.append(title);
      root.append(bar);
    }
    root.append(this.brush);
    this.drawBrush(this.span ? [dayNumber(this.span[0]), dayNumber(this.span[1])] : undefined);
  }
}
