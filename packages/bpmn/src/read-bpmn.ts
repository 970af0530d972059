import { BpmnModdle } from './moddle.js';
import { SIGNOFF_PACKAGES } from './signoff-extension.js';

/**
 * Parses BPMN 2.0 XML with the Signoff extension registered, so `signoff:` elements come back as
 * typed elements. Lax, as modellers' files often carry vendor extras: what moddle could not place
 * is in `warnings`; a file that is not XML at all rejects.
 */
export async function readBpmn(xml: string): Promise<{ warnings: string[]; definitions: unknown }> {
  const moddle = new BpmnModdle(SIGNOFF_PACKAGES);
  const { rootElement, warnings } = await moddle.fromXML(xml);
  return { warnings: warnings.map((w) => w.message), definitions: rootElement };
}
