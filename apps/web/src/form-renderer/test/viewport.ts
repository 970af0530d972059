/**
 * Makes `matchMedia` answer as a screen of this width would, so antd's breakpoints (and the app's
 * phone layout) follow it. jsdom has no layout; the setup file's stub says "no" to every query.
 */
export function setViewport(width: number): void {
  window.innerWidth = width;
  window.matchMedia = (query: string): MediaQueryList => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    } as MediaQueryList;
  };
}

export const DESKTOP_WIDTH = 1280;
export const PHONE_WIDTH = 390;
