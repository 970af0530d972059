import { createContext, memo, useContext, useMemo, type ReactNode } from 'react';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './use-autosave';

interface LiveSave {
  state: SaveState;
  onRetry: () => void;
}

const SaveContext = createContext<LiveSave | null>(null);

/** The save state by what it shows: autosave hands over a new object every render. */
const shownAs = (s: SaveState): string =>
  s.kind === 'saved'
    ? `saved:${s.at?.getTime() ?? ''}`
    : s.kind === 'failed'
      ? `failed:${String(s.error)}`
      : s.kind;

/**
 * Hands the save state to `LiveSaveStatus` past the memoized toolbar: a context reaches its reader
 * through `memo`, so a change of save state redraws the status text and not the twenty-odd antd
 * buttons around it (each edit goes unsaved → saving → saved: three toolbar renders per drop).
 */
export function SaveStateProvider({ state, onRetry, children }: LiveSave & { children: ReactNode }) {
  const shown = shownAs(state);
  // a new value when what it shows changes, not with every new state object
  const value = useMemo(() => ({ state, onRetry }), [shown, onRetry]);
  return <SaveContext value={value}>{children}</SaveContext>;
}

/** The status text of the nearest `SaveStateProvider`; nothing outside one. */
export const LiveSaveStatus = memo(function LiveSaveStatus() {
  const live = useContext(SaveContext);
  return live ? <SaveStatus state={live.state} onRetry={live.onRetry} /> : null;
});
