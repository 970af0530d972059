import { createContext, useContext } from 'react';

/** What every field of one rendered form shares, beyond its own store entry. */
export interface RendererSettings {
  /** the request's serial number once it exists; serial-number fields show it */
  serialNo?: string | undefined;
  /** the whole form is locked (while submitting) */
  disabled: boolean;
}

export const RendererContext = createContext<RendererSettings>({ disabled: false });

export const useRendererSettings = (): RendererSettings => useContext(RendererContext);
