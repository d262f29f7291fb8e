import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useBase } from '../context.ts';

/**
 * Tells the player when the game has been kept for offline play, and when a new version is
 * ready — which then waits for their "Update", so a case in progress is never swapped away.
 */
export function OfflineStatus() {
  const { t } = useBase();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // Offline play is a bonus: without it (private windows, old browsers) the game plays online.
    onRegisterError: (error: unknown) => console.warn('Offline play is not available here', error),
  });
  // The new version takes over, then the page reloads into it. The plugin reloads on its own
  // "controlling" event, which did not come when the browser had found the update while loading the
  // page (seen in a browser run): reload on the controller change as well.
  const update = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  const close = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  return (
    <div class="offline-status" role="status" data-testid="offline-status">
      {needRefresh || offlineReady ? (
        <div class="offline-card">
          <p>{t(needRefresh ? 'offline.updateReady' : 'offline.ready')}</p>
          <div class="offline-actions">
            {needRefresh ? (
              <button type="button" class="button primary" onClick={update}>
                {t('offline.update')}
              </button>
            ) : null}
            <button type="button" class="button" onClick={close}>
              {t(needRefresh ? 'offline.later' : 'offline.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
