import { Suspense, lazy } from 'react';
import { useUi } from '../stores/ui';

const SearchPalette = lazy(() => import('../features/search/SearchPalette'));

/** Ctrl/⌘-K search: the palette and its index load only when first opened. */
export function CommandPalette() {
  const open = useUi((s) => s.searchOpen);
  const setOpen = useUi((s) => s.setSearchOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SearchPalette onClose={() => setOpen(false)} />
    </Suspense>
  );
}
