import { type EvidenceAnswerT, apiUrl, useApi } from '../api.js';
import { useApp } from '../context.js';
import { day } from '../format.js';
import { cutSpans } from '../spans.js';
import { Show } from './common.js';

type Item = EvidenceAnswerT[number];

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
