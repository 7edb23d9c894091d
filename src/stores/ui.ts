import { create } from 'zustand';

export type StorageState = 'checking' | 'ok' | 'unavailable';

interface UiState {
  navOpen: boolean;
  searchOpen: boolean;
  storage: StorageState;
  storageProblem: string | null;
  setNavOpen: (open: boolean) => void;
  setSearchOpen: (open: boolean) => void;
  setStorage: (state: StorageState, problem?: string | null) => void;
}

export const useUi = create<UiState>()((set) => ({
  navOpen: false,
  searchOpen: false,
  storage: 'checking',
  storageProblem: null,
  setNavOpen: (navOpen) => set({ navOpen }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  setStorage: (storage, storageProblem = null) => set({ storage, storageProblem }),
}));
