/**
 * The campaign: every case on one map and one timeline, 2022–2024. Solved cases
 * show their route and stars; the next case is marked; once all are solved,
 * the overview draws every route coloured by which way the goods moved.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { campaignState } from '../../core/campaign.ts';
import { levelNamespace } from '../../core/content/textKeys.ts';
import { routeHash } from '../../core/route.ts';
import { fullRoute } from '../../core/trace.ts';
import { DateText } from '../components/DateText.tsx';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { Icon } from '../components/Icon.tsx';
import { Stars } from '../components/Stars.tsx';
import { useServices } from '../context.ts';
import { caseNumber, formatDate } from '../format.ts';
import type { MapLeg, MapPlace, MapScene } from '../mapView.ts';
import { useMapView } from '../services/useMapView.ts';

export function CampaignScreen() {
  const { t, i18n, catalog, progress, locale, language } = useServices();
  const levels = catalog.levels;
  const state = campaignState(levels, progress);
  const [overview, setOverview] = useState(false);
  const title = (id: string) => i18n.t('title', { ns: levelNamespace(id) });
  const onPick = useRef((id: string) => {
    location.hash = routeHash({ screen: 'play', levelId: id });
  });

  const scene = useMemo((): MapScene => {
    const places: MapPlace[] = [];
    const legs: MapLeg[] = [];
    const markers: string[] = [];
    levels.forEach((level, index) => {
      const route = fullRoute(level);
      const key = (id: string) => `${level.id}/${id}`;
      const text = (k: string) => i18n.t(k, { ns: levelNamespace(level.id) });
      places.push(...level.places.map((p) => ({ ...p, id: key(p.id), name: text(`places.${p.id}.name`), detail: text(`places.${p.id}.detail`) })));
      // Each case is one marker, at the last place its route is known to reach, labelled with
      // its number: several cases end at the same border, where titles would cover each other.
      const end = level.places.find((p) => p.id === (route.at(-1)?.to ?? route.at(-1)?.from ?? level.start));
      if (end) {
        places.push({ ...end, id: level.id, kind: 'site', name: caseNumber(index, locale), detail: `${title(level.id)}, ${formatDate(level.date, locale)}` });
        markers.push(level.id);
      }
      if (state.statuses.get(level.id) === 'solved') {
        legs.push(...route.map((leg) => ({ ...leg, from: key(leg.from), to: leg.to === null ? null : key(leg.to), ...(overview ? { direction: level.flow } : {}) })));
      }
    });
    // Frame every place of every case: the whole region the campaign covers.
    return { places, position: null, legs, candidates: markers, tried: [], chosen: null, focus: places.map((p) => p.id) };
  }, [levels, progress, overview, language]);

  const region = levels[0]?.region ?? '';
  const { containerRef, status, view } = useMapView(region, 'case', (id) => onPick.current(id), scene.places.map((p) => p.name));

  useEffect(() => {
    if (status === 'ready') view.current?.show(scene);
  }, [scene, status]);

  const ordered = [...levels].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <main class="desk campaign-screen" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'levels' }} backLabel={t('levels.heading')} icon="map" title={t('campaign.heading')}>
        <p class="desk-intro">{t('campaign.progress', { solved: state.solved, total: state.total })}</p>
      </DeskHeader>
      <div class="campaign-body">
        <div class="campaign-map" data-status={status}>
          <div class="map-view" role="img" aria-label={t('campaign.mapDescription', { solved: state.solved, total: state.total })}>
            <div class="map-canvas" ref={containerRef} />
            {status === 'ready' ? null : <p class="map-status">{t(status === 'loading' ? 'map.loading' : 'map.failed')}</p>}
          </div>
          {overview ? (
            <ul class="legend" aria-label={t('campaign.legend')}>
              <li class="legend-to-russia">{t('campaign.flow.to-russia')}</li>
              <li class="legend-to-north-korea">{t('campaign.flow.to-north-korea')}</li>
            </ul>
          ) : null}
        </div>
        <section class="campaign-side" aria-labelledby="timeline-heading">
          <div class={state.finaleOpen ? 'finale open' : 'finale'}>
            <h2>{t('campaign.finale.heading')}</h2>
            <p>{t(state.finaleOpen ? 'campaign.finale.open' : 'campaign.finale.locked', { count: state.total - state.solved })}</p>
            {state.finaleOpen ? (
              <button type="button" class="button primary" aria-pressed={overview} onClick={() => setOverview(!overview)}>
                {t(overview ? 'campaign.finale.hide' : 'campaign.finale.show')}
              </button>
            ) : null}
          </div>
          <h2 id="timeline-heading">{t('campaign.timeline')}</h2>
          <ol class="timeline">
            {ordered.map((level) => {
              const number = caseNumber(levels.indexOf(level), locale);
              const status = state.statuses.get(level.id) ?? 'open';
              const record = progress.levels[level.id];
              return (
                <li key={level.id} class={`timeline-item status-${status}`} data-level={level.id}>
                  <p class="timeline-date">
                    {t('levels.caseNumber', { number })} · <DateText iso={level.date} />
                  </p>
                  <p class="timeline-title">
                    <Icon name={level.cargo} size={24} /> {title(level.id)}
                  </p>
                  <p class="timeline-status">
                    <span class={`stamp stamp-${status === 'solved' ? 'solved' : status === 'next' ? 'next' : 'new'}`}>{t(`campaign.status.${status}`)}</span>
                    {record ? <Stars count={record.bestStars} /> : null}
                  </p>
                  <a class="button" href={routeHash({ screen: 'play', levelId: level.id })}>
                    {t(record ? 'levels.replay' : 'levels.open')}
                    <span class="visually-hidden">: {title(level.id)}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </main>
  );
}
