import { Link } from 'react-router-dom';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useHydrated } from '../components/useHydrated';
import { useUi } from '../stores/ui';

/** Page-wide notices: storage that will not keep progress, and a new version waiting. */
export function Banners() {
  const storage = useUi((s) => s.storage);
  const problem = useUi((s) => s.storageProblem);
  const hydrated = useHydrated();

  return (
    <>
      {storage === 'unavailable' && (
        <div className="banner banner-warn" role="alert">
          <strong>Progress will not be kept after you close this tab.</strong>
          <span>
            The browser would not let Artifact Lab store data (
            {problem ?? 'IndexedDB is unavailable'}
            ). Everything works for this session; export your progress before you leave.
          </span>
          <Link to="/progress#data">Export progress</Link>
        </div>
      )}
      {hydrated && <UpdateBanner />}
    </>
  );
}

/** Registers the service worker (browser only) and offers a reload when a new version waits. */
function UpdateBanner() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <div className="banner banner-info" role="status">
      <span>A new version of Artifact Lab is ready.</span>
      <button
        type="button"
        className="button button-small button-primary"
        onClick={() => void updateServiceWorker(true)}
      >
        Reload
      </button>
    </div>
  );
}
