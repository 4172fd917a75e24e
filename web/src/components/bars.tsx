import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../context.js';
import { displayName, typeColor } from '../format.js';

/** An entity and its count, as a bar. */
export interface BarItem {
  id: string;
  type: string;
  name: string;
  nameEn?: string | undefined;
  value: number;
}

/** A CJK character is about twice as wide as a Latin letter. */
const WIDE = /[\u2e80-\u9fff\uff00-\uffef]/;
/** Width of a Latin letter of the axis labels (Plot's 10 px sans-serif), in pixels, rounded up. */
const UNIT_PX = 6;

/** The width of a label in Latin letters. */
function units(label: string): number {
  let n = 0;
  for (const ch of label) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

// Long English names would be cut at the chart's edge: shortened with an ellipsis (the full name is the bar's title).
function shorten(name: string, room = 22): string {
  let used = 0;
  for (const [i, ch] of [...name].entries()) {
    used += WIDE.test(ch) ? 2 : 1;
    if (used > room) return `${[...name].slice(0, i).join('')}…`;
  }
  return name;
}

/** Horizontal bars drawn by Observable Plot, each a link to its entity. */
export function Bars(props: { items: readonly BarItem[]; title: string }) {
  const { href, lang } = useApp();
  const box = useRef<HTMLDivElement>(null);
  const signature = `${lang}|${props.items.map((i) => `${i.id}=${i.value}`).join(',')}`;
  useEffect(() => {
    const el = box.current;
    if (el === null || props.items.length === 0) return;
    const width = Math.max(240, el.clientWidth);
    // The labels get up to 45 % of the chart; the left margin is as wide as the longest of them (plus the tick), so
    // that none is cut at the chart's left edge.
    const room = Math.floor((0.45 * width - 14) / UNIT_PX);
    const rows = props.items.map((i) => ({
      ...i,
      label: shorten(displayName(i, lang), room),
      link: href('entity', i.id),
    }));
    const chart = Plot.plot({
      width,
      height: 22 * rows.length + 30,
      marginLeft: 14 + UNIT_PX * Math.max(...rows.map((r) => units(r.label))),
      marginRight: 40,
      x: { axis: null },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.barX(rows, {
          x: 'value',
          y: 'label',
          fill: (r: BarItem) => typeColor(r.type),
          href: 'link',
          title: (r: BarItem) => `${displayName(r, lang)}: ${r.value}`,
          ariaLabel: (r: BarItem) => `${displayName(r, lang)}: ${r.value}`,
        }),
        Plot.text(rows, { x: 'value', y: 'label', text: 'value', textAnchor: 'start', dx: 4 }),
      ],
    });
    chart.setAttribute('aria-label', props.title);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [signature]);
  return <div class="bars" ref={box} />;
}
