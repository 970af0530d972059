/**
 * Makes antd's breakpoints see a screen of this width (jsdom answers no media query by itself),
 * and returns the function that puts the previous answer back.
 */
export function screenWidth(width: number): () => void {
  const previous = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  window.matchMedia = (query: string): MediaQueryList => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
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
  return () => {
    if (previous) Object.defineProperty(window, 'matchMedia', previous);
  };
}
