/** What the benchmark page offers the runner (bench/run-renderer-bench.ts) through `window.signoffBench`. */
/**
 * Signoff's renderer; RJSF with its own plain-HTML theme (the baseline); RJSF with its antd theme
 * (same widgets as ours); and the floor: one plain `<input>` on an empty page, which is what
 * Chromium spends on a keystroke before any form or framework adds to it.
 */
export type RendererKind = 'signoff' | 'rjsf' | 'rjsf-antd' | 'bare';

export interface MountTiming {
  /** render() called → commit done (synchronous React work) */
  commitMs: number;
  /** render() called → the first paint after the form's last field exists */
  paintMs: number;
  /** inputs in the DOM, to see both drew the same form */
  inputs: number;
}

export interface KeystrokeTiming {
  /** keydown → the input event and the updates it caused are processed (script only) */
  scriptMs: number;
  /** keydown → the next paint after the value changed */
  paintMs: number;
  /** the input's value afterwards, to check the keystroke landed */
  value: string;
}

export interface SignoffBench {
  /** which fixture and renderer API the page was built with */
  describe(): { fields: number; tableRows: number; signoffApi: string };
  mount(kind: RendererKind): Promise<MountTiming>;
  /** focuses the text field the keystrokes go to; false when it is missing */
  focusTarget(): boolean;
  /** starts listening for the next keystroke; the runner then presses a key and calls `keystroke()` */
  armKeystroke(): void;
  keystroke(): Promise<KeystrokeTiming>;
  unmount(): void;
}

declare global {
  interface Window {
    signoffBench?: SignoffBench;
    gc?: () => void;
  }
}
