import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router-dom';
import { useUi } from '../stores/ui';
import { Banners } from './Banners';
import { CommandPalette } from './CommandPalette';
import { ThemeToggle } from './ThemeToggle';
import { useOnline } from './useOnline';
import { Button } from '../components/Button';

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/learn', label: 'Learn' },
  { to: '/quiz', label: 'Quiz' },
  { to: '/review', label: 'Review' },
  { to: '/sandbox', label: 'Sandbox' },
  { to: '/progress', label: 'Progress' },
  { to: '/settings', label: 'Settings' },
] as const;

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--color-accent)" />
      <path
        d="M18 44 32 16l14 28M23 34h18"
        stroke="var(--color-accent-text)"
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Layout() {
  const online = useOnline();
  // One field each: the store's storage status is set before the first render, so a whole-store
  // read would differ from the prerender's and re-render the layout at once, as a blocking task,
  // while the page inside is still hydrating.
  const navOpen = useUi((s) => s.navOpen);
  const setNavOpen = useUi((s) => s.setNavOpen);
  const setSearchOpen = useUi((s) => s.setSearchOpen);
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);

  // Close the drawer after navigating; move focus to the page so screen readers start there.
  const firstRender = useRef(true);
  useEffect(() => {
    setNavOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname, location.hash, setNavOpen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchOpen(true);
      }
      if (event.key === 'Escape') setNavOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setSearchOpen, setNavOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Button
          small
          className="menu-button"
          aria-expanded={navOpen}
          aria-controls="main-nav"
          onClick={() => setNavOpen(!navOpen)}
        >
          {navOpen ? 'Close menu' : 'Menu'}
        </Button>
        <NavLink to="/" className="brand" aria-label="Artifact Lab home">
          <Logo />
          <span className="brand-name">Artifact Lab</span>
        </NavLink>
        <nav id="main-nav" className="main-nav" aria-label="Main" data-open={navOpen}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={'end' in item}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {!online && (
            <span className="status-pill" role="status">
              Offline
            </span>
          )}
          <Button small onClick={() => setSearchOpen(true)}>
            <span>Search</span>
            <kbd aria-hidden="true">Ctrl K</kbd>
          </Button>
          <ThemeToggle />
        </div>
      </header>
      <Banners />
      <main
        id="main"
        ref={mainRef}
        className="app-main"
        tabIndex={-1}
        aria-busy={navigation.state === 'loading'}
      >
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        Artifact Lab — study notes for AWS DOP-C02 task 1.3. Not affiliated with AWS. Works offline
        after your first visit.
      </footer>
      <CommandPalette />
    </>
  );
}
