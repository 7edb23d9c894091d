import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useHydrated } from '../components/useHydrated';
import { whenIdle } from '../components/whenIdle';
import { useUi } from '../stores/ui';
import { Button } from '../components/Button';

/** Page-wide notices: storage that will not keep progress, and a new version waiting. */
export function Banners() {
  const storage = useUi((s) => s.storage);
  const problem = useUi((s) => s.storageProblem);
  const hydrated = useHydrated();
  const settled = usePageSettled();

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
      {hydrated && settled && <UpdateBanner />}
    </>
  );
}

/**
 * True once the page has loaded and the browser is idle. The service worker's first install
 * downloads every page and chunk for offline use; started later, it does not compete with the
 * page's own first paint and hydration.
 */
function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const idle = () => (cancel = whenIdle(() => setSettled(true), 3000));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
    return () => {
      window.removeEventListener('load', idle);
      cancel();
    };
  }, []);
  return settled;
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
      <Button small variant="primary" onClick={() => void updateServiceWorker(true)}>
        Reload
      </Button>
    </div>
  );
}
