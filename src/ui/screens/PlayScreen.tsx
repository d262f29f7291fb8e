import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Level } from '../../core/content/schema.ts';
import { routeHash } from '../../core/route.ts';
import { playReducer, startPlay, type Phase, type PlayAction, type PlayState } from '../../core/flow.ts';
import { completedLegs, currentStep, type Leg } from '../../core/trace.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { iconUrl, MODE_ICONS } from '../icons.ts';
import type { MapScene, MapView } from '../mapView.ts';
import { Briefing } from '../play/Briefing.tsx';
import { EvidenceBoard } from '../play/EvidenceBoard.tsx';
import { useLevelText } from '../play/levelText.ts';
import { QuizPanel } from '../play/QuizPanel.tsx';
import { ResultsPanel } from '../play/ResultsPanel.tsx';
import { TracePanel, type TraceView } from '../play/TracePanel.tsx';
import { openMap } from '../services/mapLoader.ts';
import { reveal } from '../useFocus.ts';

const PHASES: readonly Phase[] = ['briefing', 'trace', 'quiz', 'results'];
const COUNTRY_IDS = ['643', '408', '410', '156', '392', '496'] as const;

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

type MapStatus = 'loading' | 'ready' | 'failed';

export function PlayScreen({ level }: { readonly level: Level }) {
  const { t, announce, onLevelFinished, reducedMotion } = useServices();
  const tl = useLevelText(level.id);
  const [play, setPlay] = useState<PlayState>(() => startPlay(level, newSeed()));
  const playRef = useRef(play);
  const [traceView, setTraceView] = useState<TraceView>({ kind: 'choosing' });
  const [mapStatus, setMapStatus] = useState<MapStatus>('loading');
  const mapRef = useRef<MapView | null>(null);
  const mapContainer = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const alive = useRef(true);
  const placeName = (id: string) => tl(`places.${id}.name`);

  const dispatch = (action: PlayAction) => {
    const { state, outcome } = playReducer(level, playRef.current, action);
    playRef.current = state;
    setPlay(state);
    if (outcome.kind === 'finished') onLevelFinished(level.id, outcome.summary);
    if (outcome.kind !== 'pick') return;
    const pick = outcome.pick;
    if (pick.kind === 'wrong') {
      setTraceView({ kind: 'choosing', wrongPick: pick.pick });
      announce(`${t('trace.hint')} ${tl(`steps.${pick.step.id}.hints.${pick.pick}`)}`);
    } else if (pick.kind === 'correct') {
      const leg = completedLegs(level, state.trace).at(-1) as Leg;
      setTraceView({ kind: 'travelling', leg, newEvidence: pick.newEvidence });
      announce(leg.to ? t('trace.travelling', { from: placeName(leg.from), to: placeName(leg.to) }) : t('trace.travellingUnknown', { from: placeName(leg.from) }));
    }
  };


  // The map arrives after the panel: the level is playable from the list meanwhile.
  useEffect(() => {
    alive.current = true;
    let cancelled = false;
    const container = mapContainer.current;
    if (!container) return;
    openMap(level, {
      container,
      cargoIconUrl: iconUrl(level.cargo),
      modeIconUrls: { rail: iconUrl(MODE_ICONS.rail), sea: iconUrl(MODE_ICONS.sea), air: iconUrl(MODE_ICONS.air), road: iconUrl(MODE_ICONS.road) },
      reducedMotion,
      labels: { unknownLeg: t('map.unknownLeg'), countries: Object.fromEntries(COUNTRY_IDS.map((id) => [id, t(`countries.${id}`)])) },
      onPick: (place) => dispatch({ type: 'pick', place }),
    }).then(
      (view) => {
        if (cancelled) return view.destroy();
        mapRef.current = view;
        setMapStatus('ready');
        performance.mark('map-interactive');
      },
      (error: unknown) => {
        console.warn('Map unavailable:', error);
        if (!cancelled) setMapStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      alive.current = false;
      mapRef.current?.destroy();
      mapRef.current = null;
    };
  }, [level.id]);

  const scene = useMemo((): MapScene => {
    const step = currentStep(level, play.trace);
    const choosing = play.phase === 'trace' && traceView.kind === 'choosing' && step !== undefined;
    const candidates = choosing ? step.candidates : [];
    return {
      places: level.places.map((p) => ({ ...p, name: placeName(p.id), detail: tl(`places.${p.id}.detail`) })),
      position: play.trace.position,
      // While the cargo travels, the map draws the leg itself.
      legs: traceView.kind === 'travelling' ? completedLegs(level, play.trace).slice(0, -1) : completedLegs(level, play.trace),
      candidates,
      tried: choosing ? (play.trace.wrongPicks[step.id] ?? []) : [],
      focus: choosing
        ? [play.trace.position, ...candidates]
        : play.phase === 'trace' && traceView.kind !== 'choosing'
          ? [traceView.leg.from, traceView.leg.to ?? traceView.leg.from]
          : play.phase === 'briefing'
            ? level.places.map((p) => p.id)
            : completedLegs(level, play.trace).flatMap((l) => [l.from, l.to ?? l.from]),
    };
  }, [level, play, traceView]);

  useEffect(() => {
    if (mapStatus === 'ready') mapRef.current?.show(scene);
  }, [scene, mapStatus]);

  // The cargo moves once the map has been told where to look (the effect just above runs first).
  useEffect(() => {
    if (traceView.kind !== 'travelling') return;
    const { leg, newEvidence } = traceView;
    void (async () => {
      await mapRef.current?.travel(leg);
      if (!alive.current) return;
      setTraceView({ kind: 'arrived', leg, newEvidence });
      announce(`${leg.to ? t('trace.arrived', { place: placeName(leg.to) }) : t('trace.trailEnds')} ${t('evidence.new', { count: newEvidence.length })}`);
    })();
  }, [traceView]);

  // Each phase opens with its heading focused, so keyboard and screen-reader users start there.
  const firstPhase = useRef(true);
  useLayoutEffect(() => {
    if (firstPhase.current) {
      firstPhase.current = false;
      return;
    }
    const heading = panelRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.focus({ preventScroll: true });
    reveal(heading, 'top');
  }, [play.phase, play.seed]);

  const legs = completedLegs(level, play.trace);
  const mapDescription = t('map.description', {
    place: placeName(play.trace.position),
    legs: legs.length === 0 ? t('map.noLegs') : legs.map((l) => t(`map.leg.${l.certainty}`, { from: placeName(l.from), to: l.to ? placeName(l.to) : '', mode: t(`mode.${l.mode}`) })).join('; '),
  });

  return (
    <div class="play">
      <header class="play-header">
        <a class="back-link" href={routeHash({ screen: 'levels' })}>
          <span aria-hidden="true">←</span> {t('play.back')}
        </a>
        <h1 class="play-title">
          <Icon name={level.cargo} size={26} /> {tl('title')}
        </h1>
        <ol class="phases" aria-label={t('play.phases')}>
          {PHASES.map((phase, i) => (
            <li key={phase} class={phase === play.phase ? 'current' : PHASES.indexOf(play.phase) > i ? 'done' : ''} aria-current={phase === play.phase ? 'step' : undefined}>
              <span class="phase-number" aria-hidden="true">
                {i + 1}
              </span>
              <span class="phase-name">{t(`phase.${phase}`)}</span>
            </li>
          ))}
        </ol>
      </header>
      <div class="play-body">
        <div class="map-pane" role="img" aria-label={mapDescription} data-status={mapStatus}>
          <div class="map-canvas" ref={mapContainer} />
          {mapStatus === 'loading' ? <p class="map-status">{t('map.loading')}</p> : null}
          {mapStatus === 'failed' ? <p class="map-status">{t('map.failed')}</p> : null}
          <p class="map-credit">{t('map.credit')}</p>
        </div>
        <main class="case-panel" id="main" ref={panelRef} tabIndex={-1} aria-label={t('play.panel')}>
          {play.phase === 'briefing' ? <Briefing level={level} onStart={() => dispatch({ type: 'begin-trace' })} /> : null}
          {play.phase === 'trace' ? (
            <TracePanel
              level={level}
              play={play}
              view={traceView}
              onPick={(place) => dispatch({ type: 'pick', place })}
              onContinue={() => setTraceView({ kind: 'choosing' })}
              onBeginQuiz={() => dispatch({ type: 'begin-quiz' })}
            />
          ) : null}
          {play.phase === 'quiz' ? (
            <>
              <QuizPanel level={level} play={play} dispatch={dispatch} />
              <EvidenceBoard level={level} ids={play.trace.evidence} open={false} />
            </>
          ) : null}
          {play.phase === 'results' ? (
            <ResultsPanel
              level={level}
              quiz={play.quiz}
              onReplay={() => {
                setTraceView({ kind: 'choosing' });
                dispatch({ type: 'replay', seed: newSeed() });
              }}
            />
          ) : null}
        </main>
      </div>
    </div>
  );
}
