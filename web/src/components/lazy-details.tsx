import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A disclosure whose content is made only once opened (a day-by-day table, a list of two thousand nodes). */
export function LazyDetails(props: { summary: ComponentChildren; class?: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class={props.class} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open ? props.children() : null}
    </details>
  );
}
