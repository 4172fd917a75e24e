import { type PartnersAnswerT, apiUrl, idPath, useApi } from '../api.js';
import { useApp } from '../context.js';
import { displayName, num } from '../format.js';
import { EntityLink, MeasureSelect, Show, TypeBadge, WindowSelect } from './common.js';
import { Evidence } from './evidence.js';

function PartnerTable(props: { partners: PartnersAnswerT; selected: string }) {
  const { t, lang, set } = useApp();
  return (
    <table class="partners">
      <thead>
        <tr>
          <th scope="col">{t('entity')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('count')}</th>
          <th scope="col">{t('articles')}</th>
          <th scope="col">NPMI</th>
          <th scope="col">G²</th>
          <th scope="col">{t('evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {props.partners.map((p) => (
          <tr key={p.id} class={p.id === props.selected ? 'selected' : undefined}>
            <td>
              <EntityLink entity={p} />
            </td>
            <td>
              <TypeBadge type={p.type} />
            </td>
            <td class="num">{num(p.count, lang)}</td>
            <td class="num">{num(p.articles, lang)}</td>
            <td class="num">{p.npmi.toFixed(3)}</td>
            <td class="num">{num(p.g2, lang)}</td>
            <td>
              <button
                type="button"
                class="link"
                aria-pressed={p.id === props.selected}
                aria-label={`${t('showEvidence')}: ${displayName(p, lang)}`}
                onClick={() => set({ partner: p.id === props.selected ? null : p.id })}
              >
                {t('showEvidence')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An entity's top partners by the chosen measure and window kind, and the evidence of the one selected. */
export function Partners(props: { id: string }) {
  const { t, route, range, lang } = useApp();
  const window = route.params.get('window') ?? 'sentence';
  const measure = route.params.get('measure') ?? 'npmi';
  const partner = route.params.get('partner') ?? '';
  const loaded = useApi<PartnersAnswerT>(
    apiUrl(`entities/${idPath(props.id)}/partners`, { window, measure, limit: 20, ...range }),
  );
  return (
    <section class="card">
      <div class="toolbar">
        <h2>{t('partners')}</h2>
        <MeasureSelect />
        <WindowSelect />
      </div>
      <Show loaded={loaded}>
        {(partners) => {
          if (partners.length === 0) return <p class="muted">{t('none')}</p>;
          const chosen = partners.find((p) => p.id === partner);
          return (
            <>
              <PartnerTable partners={partners} selected={partner} />
              {partner === '' ? null : (
                <Evidence
                  a={props.id}
                  b={partner}
                  window={window}
                  heading={`${t('evidenceFor')}: ${chosen === undefined ? partner : displayName(chosen, lang)}`}
                />
              )}
            </>
          );
        }}
      </Show>
    </section>
  );
}
