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
export function useMapView(region: string, cargoIcon: string, onPick: (placeId: string) => void) {
  const { t, reducedMotion } = useServices();
  const containerRef = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');

  useEffect(() => {
    let cancelled = false;
    const container = containerRef.current;
    if (!container) return;
    openMap(region, {
      container,
      cargoIconUrl: iconUrl(cargoIcon),
      modeIconUrls: { rail: iconUrl(MODE_ICONS.rail), sea: iconUrl(MODE_ICONS.sea), air: iconUrl(MODE_ICONS.air), road: iconUrl(MODE_ICONS.road) },
      reducedMotion,
      labels: { unknownLeg: t('map.unknownLeg'), countries: Object.fromEntries(COUNTRY_IDS.map((id) => [id, t(`countries.${id}`)])) },
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
  }, [region, cargoIcon]);

  return { containerRef, status, view };
}
