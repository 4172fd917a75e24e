import { type EvidenceAnswerT, apiUrl, useApi } from '../api.js';
import { useApp } from '../context.js';
import { day } from '../format.js';
import { Show } from './common.js';

type Item = EvidenceAnswerT[number];

/** A text cut at its spans: plain pieces and highlighted ones (overlapping spans are left out). */
export function cutSpans<S extends { start: number; end: number }>(
  text: string,
  spans: readonly S[],
): Array<{ text: string; span: S | null }> {
  const pieces: Array<{ text: string; span: S | null }> = [];
  let at = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), span: null });
    pieces.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null });
  return pieces;
}

function EvidenceItem(props: { item: Item; a: string; b: string }) {
  const { href } = useApp();
  const { item } = props;
  return (
    <li class="evidence-item">
      <p class="sentence">
        {cutSpans(item.text, item.spans).map((piece, i) =>
          piece.span === null ? (
            piece.text
          ) : (
            <mark key={i} class={piece.span.entity === props.a ? 'hl-a' : 'hl-b'} title={piece.span.entity}>
              {piece.text}
            </mark>
          ),
        )}
      </p>
      <p class="source">
        <a
          href={href('article', item.article, {
            block: String(item.block),
            sentence: item.sentence === null ? null : String(item.sentence),
          })}
        >
          {item.title ?? item.article}
        </a>{' '}
        <span class="muted">{day(item.date)}</span>
      </p>
    </li>
  );
}

/** The sentences (or blocks, articles) naming both `a` and `b`, both highlighted, each linking to its article. */
export function Evidence(props: { a: string; b: string; window: string; heading: string }) {
  const { t, range } = useApp();
  const loaded = useApi<EvidenceAnswerT>(
    apiUrl('evidence', { a: props.a, b: props.b, window: props.window, limit: 20, ...range }),
  );
  return (
    <section class="evidence" aria-label={t('evidence')}>
      <h3>{props.heading}</h3>
      <Show loaded={loaded}>
        {(items) =>
          items.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ol class="evidence-list">
              {items.map((item) => (
                <EvidenceItem
                  key={`${item.article}/${item.block}/${item.sentence}`}
                  item={item}
                  a={props.a}
                  b={props.b}
                />
              ))}
            </ol>
          )
        }
      </Show>
    </section>
  );
}
