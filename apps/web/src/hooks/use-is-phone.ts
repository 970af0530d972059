import { Grid } from 'antd';

/** Below antd's `md` (768px) the app switches to its phone layout. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // before the first measurement `md` is undefined; guess from the window so phones do not flash the desktop layout
  return screens.md === undefined ? typeof window !== 'undefined' && window.innerWidth < 768 : !screens.md;
}
