import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { useApp } from '../context.js';
import { fillPeriods, num, periodTime } from '../format.js';
import { LazyDetails } from './lazy-details.js';

/** One line of a timeline chart: a value per period. */
export interface Line {
  label: string;
  color: string;
  values: ReadonlyMap<string, number>;
}

/** Periods of all lines, in order (periods of one granularity sort as text). */
function periodsOf(lines: readonly Line[]): string[] {
  const all = new Set<string>();
  for (const line of lines) for (const p of line.values.keys()) all.add(p);
  return [...all].sort();
}

function chartOptions(lines: readonly Line[], width: number): uPlot.Options {
  return {
    width,
    height: 240,
    legend: { show: true },
    cursor: { drag: { x: true, y: false } },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.05)] } },
    axes: [{}, { size: 50 }],
    series: [
      {},
      ...lines.map((l) => ({
        label: l.label,
        stroke: l.color,
        width: 2,
        points: { show: true, size: 4 },
      })),
    ],
  };
}

/** A long timeline drawn by uPlot (zoom by dragging; double-click resets), with its data as a table for screen readers. */
export function Timeline(props: { title: string; lines: readonly Line[] }) {
  const { t, lang } = useApp();
  const box = useRef<HTMLDivElement>(null);
  const periods = periodsOf(props.lines);
  // Redraw only when what is drawn changes, not on every render.
  const signature = props.lines.map((l) => `${l.label}:${l.color}:${[...l.values].join(';')}`).join('|');
  useEffect(() => {
    const el = box.current;
    if (el === null || periods.length === 0) return;
    // Periods without articles are zeros, not a line drawn across them.
    const filled = fillPeriods(periods);
    const data: uPlot.AlignedData = [
      filled.map(periodTime),
      ...props.lines.map((l) => filled.map((p) => l.values.get(p) ?? 0)),
    ];
    const plot = new uPlot(chartOptions(props.lines, Math.max(300, el.clientWidth)), data, el);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(300, el.clientWidth), height: 240 }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [signature]);
  if (periods.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <figure class="chart">
      <div ref={box} role="img" aria-label={props.title} data-points={periods.length} />
      <LazyDetails summary={t('dataTable')}>
        {() => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                {props.lines.map((l) => (
                  <th scope="col" key={l.label}>
                    {l.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p}>
                  <th scope="row">{p}</th>
                  {props.lines.map((l) => (
                    <td key={l.label} class="num">
                      {num(l.values.get(p) ?? 0, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LazyDetails>
    </figure>
  );
}
