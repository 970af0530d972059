/**
 * jsdom has no 2D canvas; signature_pad needs one to start. This context accepts every drawing
 * call and property and draws nothing, which is all a test of the dialog around the pad needs.
 * Returns the function that puts jsdom's own `getContext` back.
 */
export function shimCanvas(): () => void {
  const proto = HTMLCanvasElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'getContext');
  const context = (canvas: HTMLCanvasElement) => {
    const state: Record<string | symbol, unknown> = { canvas };
    return new Proxy(state, {
      get: (target, key) => (key in target ? target[key] : () => undefined),
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    });
  };
  Object.defineProperty(proto, 'getContext', {
    configurable: true,
    writable: true,
    value(this: HTMLCanvasElement) {
      return context(this);
    },
  });
  return () => {
    if (original) Object.defineProperty(proto, 'getContext', original);
  };
}
