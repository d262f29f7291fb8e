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
              <button type="button" class="button primary" onClick={() => void updateServiceWorker(true)}>
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
