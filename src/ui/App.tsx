import type { i18n } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Catalog } from '../core/content/catalog.ts';
import { caseCards, type CaseIndexEntry } from '../core/content/caseIndex.ts';
import { readProgress, resetProgress, saveResult, type Attempt, type ProgressNotice } from '../core/progress.ts';
import { reducesMotion, saveSettings, type Settings } from '../core/settings.ts';
import type { Stored } from '../core/storage.ts';
import { parseRoute, type Route } from '../core/route.ts';
import { BaseContext, ServicesContext, type AppServices, type BaseServices } from './context.ts';
import { Captions } from './components/Captions.tsx';
import { CrashGuard } from './components/CrashGuard.tsx';
import { OfflineStatus } from './components/OfflineStatus.tsx';
import { createAudio } from './services/audio.ts';
import type { BrowserStore } from './services/progressStore.ts';
import { applyTheme, systemPrefersReducedMotion } from './settings/theme.ts';
import { BASE_LOCALE, changeLocale } from './i18n.ts';
import { LevelSelect, type LevelSelectNotice } from './screens/LevelSelect.tsx';
import { TitleScreen } from './screens/TitleScreen.tsx';
import { loadCaseIndex } from './services/caseIndex.ts';
import { loadCaseScreens, loadContentModule, playsCases, startCaseDownloads } from './services/caseDownloads.ts';

type CaseScreens = typeof import('./screens/caseScreens.ts');
type TeacherScreens = typeof import('./teacher/TeacherScreen.tsx');
const loadTeacherScreens = () => import('./teacher/TeacherScreen.tsx');

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

interface AppProps {
  readonly i18n: i18n;
  readonly storage: BrowserStore;
  readonly initialSettings: Stored<Settings>;
  /** The case list's index in the starting language; null when it could not be had. */
  readonly initialCaseIndex: readonly CaseIndexEntry[] | null;
}

const CAPTION_MS = 3000;

export function App({ i18n, storage, initialSettings, initialCaseIndex }: AppProps) {
  const [language, setLanguage] = useState(i18n.language);
  const t = useMemo(() => i18n.getFixedT(language), [language]);
  const locale = t('format.locale');
  const route = useRoute();
  const [caseIndex, setCaseIndex] = useState(initialCaseIndex);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [untranslated, setUntranslated] = useState<ReadonlySet<string>>(new Set());
  const [loadFailed, setLoadFailed] = useState(initialCaseIndex === null);
  const [saved, setSaved] = useState(() => readProgress(storage.store, new Date()));
  const [progressNotice, setProgressNotice] = useState<ProgressNotice | undefined>(saved.notice ?? initialSettings.notice);
  const [settings, setSettings] = useState(initialSettings.value);
  const [announcement, setAnnouncement] = useState('');
  const announceTimer = useRef<number | undefined>(undefined);
  const [caption, setCaption] = useState<{ id: string; n: number } | null>(null);
  const captionTimer = useRef<number | undefined>(undefined);
  const [audio] = useState(() =>
    createAudio(initialSettings.value, (id) => {
      setCaption((previous) => ({ id, n: (previous?.n ?? 0) + 1 }));
      window.clearTimeout(captionTimer.current);
      captionTimer.current = window.setTimeout(() => setCaption(null), CAPTION_MS);
    }),
  );

  // Menus have their calm loop, cases the map's.
  useEffect(() => audio.setMusic(route.screen === 'play' ? 'map' : 'menu'), [route.screen]);

  const changeLanguage = async (next: string) => {
    await changeLocale(i18n, next);
    setCaseIndex(await loadCaseIndex(next));
    if (catalog) setUntranslated(await (await loadContentModule()).translate(i18n, catalog, next));
    setLanguage(next);
  };

  const base = useMemo(
    (): BaseServices => ({
      i18n,
      t,
      locale,
      language,
      onLanguage: (next: string) => {
        const chosen = { ...settings, language: next };
        setSettings(chosen);
        saveSettings(storage.store, chosen);
        changeLanguage(next).catch((error: unknown) => console.error(`Could not switch to ${next}`, error));
      },
      settings,
      onSettings: (next: Settings) => {
        setSettings(next);
        applyTheme(next);
        audio.applySettings(next);
        const notice = saveSettings(storage.store, next);
        if (notice) setProgressNotice(notice);
      },
      reducedMotion: reducesMotion(settings, systemPrefersReducedMotion()),
      audio,
      announce: (message: string) => {
        // Clearing first makes screen readers repeat a message identical to the last one.
        setAnnouncement('');
        window.clearTimeout(announceTimer.current);
        announceTimer.current = window.setTimeout(() => setAnnouncement(message), 50);
      },
    }),
    [settings, language, catalog],
  );

  // The case list shows from its small index; the cases, the code that checks them and the case
  // screens download behind it, once a screen other than the title needs them. A link straight to a
  // case or the campaign needs them (and the map engine) from the start.
  const [caseScreens, setCaseScreens] = useState<CaseScreens | null>(null);
  const contentRequested = useRef(false);
  useEffect(() => {
    if (route.screen === 'title' || contentRequested.current) return;
    contentRequested.current = true;
    const direct = playsCases(route.screen);
    if (direct) startCaseDownloads(language);
    // On the way to the case list, the list and its fonts come first; the rest does not compete
    // with them for a slow connection.
    (direct ? Promise.resolve() : document.fonts.ready)
      .then(loadContentModule)
      .then((content) => content.loadContent(i18n, language))
      .then((loaded) => {
        setUntranslated(loaded.untranslated);
        setCatalog(loaded.catalog);
        return loadCaseScreens();
      })
      .then(setCaseScreens)
      .catch((error: unknown) => {
        console.error('Could not load the cases', error);
        setLoadFailed(true);
      });
  }, [route.screen]);

  // The service worker caches the whole game for offline play (megabytes): it starts once the content
  // is in, or on the title screen (which needs none) once the page has loaded, never ahead of a first screen.
  const [offlineOn, setOfflineOn] = useState(false);
  useEffect(() => {
    if (catalog || loadFailed) setOfflineOn(true);
  }, [catalog, loadFailed]);
  useEffect(() => {
    if (route.screen !== 'title' || offlineOn) return;
    const on = () => setOfflineOn(true);
    if (document.readyState === 'complete') on();
    else window.addEventListener('load', on, { once: true });
    return () => window.removeEventListener('load', on);
  }, [route.screen]);

  // Title, heading focus and scroll follow the screen, as a page load would — once the screen is there.
  const [teacherScreens, setTeacherScreens] = useState<TeacherScreens | null>(null);
  useEffect(() => {
    if (route.screen !== 'teacher' || teacherScreens) return;
    loadTeacherScreens().then(setTeacherScreens, (error: unknown) => {
      console.error('Could not load the teachers\' page', error);
      setLoadFailed(true);
    });
  }, [route.screen]);
  const showsContent = playsCases(route.screen) || route.screen === 'codex' || route.screen === 'credits';
  const screenReady = showsContent ? caseScreens !== null : route.screen === 'teacher' ? teacherScreens !== null : true;
  const firstRoute = useRef(true);
  useLayoutEffect(() => {
    if (!screenReady) return;
    window.scrollTo(0, 0);
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    // Opened at a codex entry, the entry takes the focus instead (see CodexScreen).
    if (route.screen !== 'codex' || !route.entry) document.querySelector<HTMLElement>('h1')?.focus();
  }, [route.screen, route.screen === 'assignment' ? route.params.get('step') : '', screenReady]);

  const onResetProgress = () => {
    const result = resetProgress(storage.store);
    setSaved({ progress: result.progress });
    setProgressNotice(result.notice);
  };
  const services = useMemo((): AppServices | null => {
    if (!catalog) return null;
    return {
      ...base,
      catalog,
      untranslated,
      progress: saved.progress,
      onLevelFinished: (levelId: string, attempt: Attempt) => {
        const result = saveResult(storage.store, saved.progress, levelId, attempt, new Date());
        setSaved({ progress: result.progress });
        if (result.notice) setProgressNotice(result.notice);
      },
      onResetProgress,
      store: storage.store,
      onStorageNotice: setProgressNotice,
    };
  }, [catalog, saved, base, untranslated]);

  const level = route.screen === 'play' && catalog ? catalog.levels.find((l) => l.id === route.levelId) : undefined;
  const checked = catalog ? { ids: new Set(catalog.levels.map((l) => l.id)), untranslated } : undefined;
  // The index lists every case the build saw; once checked, only the cases that passed stay.
  const shownCards = useMemo(() => (caseIndex ? caseCards(caseIndex, language, BASE_LOCALE, checked) : null), [caseIndex, language, catalog, untranslated]);
  useEffect(() => {
    const screenTitles = {
      title: null,
      levels: t('levels.heading'),
      campaign: t('campaign.heading'),
      credits: t('credits.heading'),
      codex: t('codex.heading'),
      play: t('levels.heading'),
      assignment: t('assignment.heading'),
      teacher: t('teacher.heading'),
    };
    const screenTitle = (level && shownCards?.find((c) => c.id === level.id)?.title) ?? screenTitles[route.screen];
    document.title = screenTitle ? `${screenTitle} — ${t('app.name')}` : t('app.name');
  }, [route, level, shownCards, language]);

  const notices: LevelSelectNotice[] = [];
  if (progressNotice?.kind === 'recovered') notices.push({ tone: 'warning', title: t('notice.progressRecovered'), body: t('notice.progressRecoveredBody', { key: progressNotice.setAsideKey }) });
  if (progressNotice?.kind === 'unavailable' || !storage.persistent) notices.push({ tone: 'info', title: t('notice.storageUnavailable') });
  if (route.screen === 'play' && catalog && !level) {
    const broken = catalog.rejected.includes(route.levelId);
    notices.push({ tone: 'warning', title: t(broken ? 'notice.levelBroken' : 'notice.unknownLevel', { id: route.levelId }), body: t('notice.chooseAnother') });
  }
  if (route.screen === 'levels' && route.unknownPath) notices.push({ tone: 'warning', title: t('notice.unknownLink', { path: route.unknownPath }) });

  const loading = <main class="desk loading" id="main" tabIndex={-1} aria-busy="true"><p>{t('app.loading')}</p></main>;
  let screen;
  const levelSelect = shownCards ? <LevelSelect notices={notices} cards={shownCards} problems={catalog ?? undefined} progress={saved.progress} onResetProgress={onResetProgress} /> : loading;
  if (route.screen === 'title') screen = <TitleScreen />;
  else if (route.screen === 'levels' && !loadFailed) screen = levelSelect;
  else if (loadFailed) screen = <main class="desk" id="main" tabIndex={-1}><h1 tabIndex={-1}>{t('notice.loadFailed')}</h1></main>;
  else if (!services || !screenReady) screen = loading;
  else if (level && route.screen === 'play' && caseScreens) screen = <caseScreens.PlayScreen key={`${level.id}:${route.seed ?? ''}`} level={level} {...(route.seed === undefined ? {} : { seed: route.seed })} />;
  else if (route.screen === 'campaign' && caseScreens) screen = <caseScreens.CampaignScreen />;
  else if (route.screen === 'assignment' && caseScreens) screen = <caseScreens.AssignmentScreen params={route.params} />;
  else if (route.screen === 'teacher' && teacherScreens) screen = <teacherScreens.TeacherScreen tab={route.tab} />;
  else if (route.screen === 'credits' && caseScreens) screen = <caseScreens.CreditsScreen />;
  else if (route.screen === 'codex' && caseScreens) screen = <caseScreens.CodexScreen {...(route.entry === undefined ? {} : { entry: route.entry })} />;
  else screen = levelSelect;

  return (
    <BaseContext.Provider value={base}>
      <ServicesContext.Provider value={services}>
        {/* A button, not href="#main": the fragment holds the route. */}
        <button type="button" class="skip-link" onClick={() => document.getElementById('main')?.focus()}>
          {t('app.skip')}
        </button>
        <CrashGuard>{screen}</CrashGuard>
        <Captions caption={caption} />
        {/* Inside an LMS's frame the game is a SCORM package, which has no service worker to register. */}
        {window.self === window.top && offlineOn ? <OfflineStatus /> : null}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
          {announcement}
        </div>
      </ServicesContext.Provider>
    </BaseContext.Provider>
  );
}
