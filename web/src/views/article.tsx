import { useEffect, useRef, useState } from 'preact/hooks';
import { type ArticleAnswerT, apiUrl, idPath, useApi } from '../api.js';
import { EntityLink, Show } from '../components/common.js';
import { useApp } from '../context.js';
import { day, num, typeColor } from '../format.js';
import { typeName } from '../i18n.js';
import { type Segment, segments } from '../spans.js';

type Mention = ArticleAnswerT['mentions'][number];
type Unresolved = ArticleAnswerT['unresolved'][number];

/** A highlighted stretch of a block: a resolved mention or an unresolved shorthand. */
type Mark = { i: number; start: number; end: number } & (
  | { kind: 'mention'; m: Mention }
  | { kind: 'unresolved'; u: Unresolved }
);

/** The mark a tooltip is open for, and where. */
interface Tip {
  mark: Mark;
  x: number;
  y: number;
}

const TIP_ID = 'mention-tip';

function TipBody(props: { mark: Mark }) {
  const { t, lang } = useApp();
  const { mark } = props;
  if (mark.kind === 'unresolved') {
    return (
      <>
        <strong>{t('unresolved')}</strong>: {mark.u.text} ({typeName(lang, mark.u.type)})
        <br />
        {t('candidates')}: {mark.u.candidates.map((c) => c.name).join('、') || '—'}
      </>
    );
  }
  const { m } = mark;
  return (
    <>
      <strong>{m.name}</strong> · {typeName(lang, m.type)} · <code>{m.entity}</code>
      <br />
      {t('source')}: {m.source}
      {m.rule === undefined ? '' : ` (${t('rule')}: ${m.rule})`} · {t('confidence')}: {m.confidence.toFixed(2)}
      {m.roles === undefined || m.roles.length === 0 ? null : (
        <>
          <br />
          {t('roles')}: {m.roles.join('、')}
        </>
      )}
    </>
  );
}

function MarkEl(props: {
  seg: Segment<Mark> & { mark: Mark };
  text: string;
  hot: boolean;
  onTip: (tip: Tip | null) => void;
}) {
  const { href } = useApp();
  const { mark, outer, first } = props.seg;
  const show = (e: Event) => {
    // Placed in the text's own box (position: relative), whatever the page's scrolling.
    const el = e.currentTarget as HTMLElement;
    const r = el.getBoundingClientRect();
    const box = el.closest('.article-text')?.getBoundingClientRect() ?? { left: 0, top: 0 };
    props.onTip({ mark, x: r.left - box.left, y: r.bottom - box.top + 4 });
  };
  const common = {
    'data-mention': mark.i,
    'aria-describedby': TIP_ID,
    // The rest of a mention split by a nested one is no second stop for the keyboard.
    tabIndex: first ? undefined : -1,
    onMouseEnter: show,
    onFocus: show,
    onMouseLeave: () => props.onTip(null),
    onBlur: () => props.onTip(null),
  };
  if (mark.kind === 'unresolved') {
    return (
      <button type="button" class="mention unresolved" {...common}>
        {props.text}
      </button>
    );
  }
  const outerColor = outer?.kind === 'mention' ? typeColor(outer.m.type) : null;
  return (
    <a
      class={`mention t-${mark.m.type}${props.hot ? ' hot' : ''}`}
      style={{
        borderColor: typeColor(mark.m.type),
        boxShadow: outerColor === null ? undefined : `0 3px 0 ${outerColor}`,
      }}
      href={href('entity', mark.m.entity)}
      data-entity={mark.m.entity}
      {...common}
    >
      {props.text}
    </a>
  );
}

function Block(props: { block: ArticleAnswerT['blocks'][number]; marks: Mark[]; onTip: (tip: Tip | null) => void }) {
  const { route } = useApp();
  const target = route.params.get('block') === String(props.block.block);
  const sentence = route.params.get('sentence');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (target) ref.current?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <p ref={ref} class={target ? 'block target' : 'block'} data-block={props.block.block} lang="zh-CN">
      {segments(props.block.text.length, props.marks).map((seg) => {
        const text = props.block.text.slice(seg.start, seg.end);
        if (seg.mark === null) return text;
        const { mark } = seg;
        return (
          <MarkEl
            key={seg.start}
            seg={{ ...seg, mark }}
            text={text}
            hot={target && mark.kind === 'mention' && String(mark.m.sentence) === sentence}
            onTip={props.onTip}
          />
        );
      })}
    </p>
  );
}

function Legend(props: { types: string[] }) {
  const { t, lang } = useApp();
  return (
    <p class="legend">
      <span class="sr-only">{t('legend')}: </span>
      {props.types.map((ty) => (
        <span key={ty} class="mention" style={{ borderColor: typeColor(ty) }}>
          {typeName(lang, ty)}
        </span>
      ))}
      <span class="mention unresolved">{t('unresolved')}</span>
    </p>
  );
}

function marksByBlock(a: ArticleAnswerT): Map<number, Mark[]> {
  const out = new Map<number, Mark[]>();
  const add = (block: number, mark: Mark) => out.set(block, [...(out.get(block) ?? []), mark]);
  for (const [i, m] of a.mentions.entries()) add(m.block, { i, start: m.start, end: m.end, kind: 'mention', m });
  const base = a.mentions.length;
  for (const [i, u] of a.unresolved.entries()) {
    add(u.block, { i: base + i, start: u.start, end: u.end, kind: 'unresolved', u });
  }
  return out;
}

function ArticleText(props: { a: ArticleAnswerT }) {
  const [tip, setTip] = useState<Tip | null>(null);
  const marks = marksByBlock(props.a);
  const types = [...new Set(props.a.mentions.map((m) => m.type))];
  return (
    <section class="card article-text">
      <Legend types={types} />
      {props.a.blocks.map((b) => (
        <Block key={b.block} block={b} marks={marks.get(b.block) ?? []} onTip={setTip} />
      ))}
      <div
        id={TIP_ID}
        role="tooltip"
        class="tip"
        hidden={tip === null}
        style={tip === null ? {} : { left: tip.x, top: tip.y }}
      >
        {tip === null ? null : <TipBody mark={tip.mark} />}
      </div>
    </section>
  );
}

function Focus(props: { focus: ArticleAnswerT['focus'] }) {
  const { t } = useApp();
  return (
    <section class="card">
      <h2>{t('focus')}</h2>
      {props.focus.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ol class="focus">
          {props.focus.map((f) => (
            <li key={f.entity}>
              <EntityLink entity={{ id: f.entity, name: f.name }} />{' '}
              <span class="muted">
                {f.rank === 1 ? t('primary') : t('secondary')} · {t('score')} {f.score.toFixed(1)} ·{' '}
                {f.reasons.join(', ')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Unresolved shorthands by text (the same 塞 twelve times is one line), in order of first appearance. */
function groupUnresolved(items: ArticleAnswerT['unresolved']): Array<{ u: Unresolved; count: number }> {
  const groups = new Map<string, { u: Unresolved; count: number }>();
  for (const u of items) {
    const g = groups.get(u.text);
    if (g === undefined) groups.set(u.text, { u, count: 1 });
    else g.count++;
  }
  return [...groups.values()];
}

function UnresolvedList(props: { items: ArticleAnswerT['unresolved'] }) {
  const { t } = useApp();
  if (props.items.length === 0) return null;
  return (
    <section class="card">
      <h2>{t('unresolved')}</h2>
      <ul>
        {groupUnresolved(props.items).map(({ u, count }) => (
          <li key={u.text}>
            <span lang="zh-CN">{u.text}</span>
            {count > 1 ? ` ×${count}` : ''} →{' '}
            {u.candidates.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? '、' : ''}
                <EntityLink entity={c} />
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Meta(props: { a: ArticleAnswerT }) {
  const { t, lang } = useApp();
  const { a } = props;
  return (
    <dl class="facts">
      <div>
        <dt>{t('date')}</dt>
        <dd>{day(a.date) || '—'}</dd>
      </div>
      <div>
        <dt>{t('path')}</dt>
        <dd>
          <code>{a.path}</code>
        </dd>
      </div>
      <div>
        <dt>{t('categories')}</dt>
        <dd>{a.categories.join('、') || '—'}</dd>
      </div>
      <div>
        <dt>{t('mentions')}</dt>
        <dd>{num(a.mentions.length, lang)}</dd>
      </div>
      <div>
        <dt>{t('keywords')}</dt>
        <dd lang="zh-CN">
          {a.keywords
            .slice(0, 12)
            .map(([w]) => w)
            .join('、') || '—'}
        </dd>
      </div>
    </dl>
  );
}

/** An article: its text with every mention highlighted by type (hover or focus tells what it is), focus, shorthand. */
export function ArticleView() {
  const { route } = useApp();
  const loaded = useApi<ArticleAnswerT>(apiUrl(`articles/${idPath(route.arg)}`));
  return (
    <Show loaded={loaded}>
      {(a) => (
        <>
          <h1 lang="zh-CN">{a.title ?? a.id}</h1>
          <Meta a={a} />
          <ArticleText a={a} />
          <Focus focus={a.focus} />
          <UnresolvedList items={a.unresolved} />
        </>
      )}
    </Show>
  );
}
