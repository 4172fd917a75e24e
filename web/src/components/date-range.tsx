import { useApp } from '../context.js';

/** The date range of every view (`from`, `to` in the URL), bounded by the run's dates. */
export function DateRange() {
  const { t, range, run, set } = useApp();
  const min = run.dateRange.from ?? undefined;
  const max = run.dateRange.to ?? undefined;
  const change = (key: 'from' | 'to', value: string) => {
    // A partial date typed in the field is '' until complete: only whole days move the range.
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) set({ [key]: value, offset: null });
  };
  return (
    <fieldset class="date-range">
      <legend>{t('dateRange')}</legend>
      <label class="control">
        <span>{t('from')}</span>
        <input
          type="date"
          name="from"
          value={range.from}
          min={min}
          max={range.to === '' ? max : range.to}
          onChange={(e) => change('from', e.currentTarget.value)}
        />
      </label>
      <label class="control">
        <span>{t('to')}</span>
        <input
          type="date"
          name="to"
          value={range.to}
          min={range.from === '' ? min : range.from}
          max={max}
          onChange={(e) => change('to', e.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        disabled={range.from === '' && range.to === ''}
        onClick={() => set({ from: null, to: null, offset: null })}
      >
        {t('allDates')}
      </button>
    </fieldset>
  );
}
