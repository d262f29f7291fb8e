import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../context.ts';
import { iconUrl, MODE_ICONS } from '../icons.ts';
import type { MapView } from '../mapView.ts';
import { openMap } from './mapLoader.ts';

export type MapStatus = 'loading' | 'ready' | 'failed';

const COUNTRY_IDS = ['643', '408', '410', '156', '392', '496', '804', '398'] as const;

/**
 * Mounts a map view in the returned container for as long as the component
 * lives. The page works before the map arrives and without it: everything the
 * map shows is also in the HTML.
 */
/** The page's own font stack, so the map's labels match the HTML around it. */
const labelFont = () => getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'sans-serif';

/**
 * `placeNames`: the names the map will label (for font loading). The view is
 * rebuilt when the language changes, since its canvas text is drawn once.
 */
export function useMapView(region: string, cargoIcon: string, onPick: (placeId: string) => void, placeNames: readonly string[]) {
  const { t, reducedMotion, language } = useServices();
  const containerRef = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');

  useEffect(() => {
    let cancelled = false;
    const container = containerRef.current;
    if (!container) return;
    setStatus('loading');
    const labels = { unknownLeg: t('map.unknownLeg'), countries: Object.fromEntries(COUNTRY_IDS.map((id) => [id, t(`countries.${id}`)])) };
    openMap(region, [labels.unknownLeg, ...Object.values(labels.countries), ...placeNames].join(' '), {
      container,
      cargoIconUrl: iconUrl(cargoIcon),
      modeIconUrls: { rail: iconUrl(MODE_ICONS.rail), sea: iconUrl(MODE_ICONS.sea), air: iconUrl(MODE_ICONS.air), road: iconUrl(MODE_ICONS.road) },
      reducedMotion,
      labels,
      labelFont: labelFont(),
      rtl: document.documentElement.dir === 'rtl',
      onPick,
    }).then(
      (created) => {
        if (cancelled) return created.destroy();
        view.current = created;
        setStatus('ready');
        performance.mark('map-interactive');
      },
      (error: unknown) => {
        console.warn('Map unavailable:', error);
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
  }, [region, cargoIcon, language]);

  return { containerRef, status, view };
}
