/*
 * bpmn-moddle 10 ships types for its model (`bpmn-moddle/types`) but none for its entry point,
 * so the few members this package calls are declared here. Model elements stay loosely typed:
 * they are built in one place (route-to-bpmn.ts) and read back through moddle-read.ts.
 */
declare module 'bpmn-moddle' {
  /** A model element as moddle creates and parses it: its type name and its properties. */
  export interface ModdleElement {
    readonly $type: string;
    [property: string]: unknown;
  }

  export interface FromXmlResult {
    rootElement: ModdleElement;
    warnings: Error[];
    elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, object>, options?: { strict?: boolean });
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(
      element: ModdleElement,
      options?: { format?: boolean; preamble?: boolean },
    ): Promise<{ xml: string }>;
    fromXML(xml: string, options?: { lax?: boolean }): Promise<FromXmlResult>;
  }
}
