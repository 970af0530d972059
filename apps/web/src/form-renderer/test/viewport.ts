import { screenWidth } from '../../test/screen-width';

/**
 * Makes `matchMedia` answer as a screen of this width would, so antd's breakpoints (and the app's
 * phone layout) follow it. jsdom has no layout; the setup file's stub says "no" to every query.
 */
export function setViewport(width: number): void {
  window.innerWidth = width;
  screenWidth(width);
}

export const DESKTOP_WIDTH = 1280;
export const PHONE_WIDTH = 390;
