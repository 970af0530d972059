import { isObj, list, typeOf, type Obj } from './moddle-read.js';

/** The parts of a parsed file the tests count: the process's flow elements and the diagram's shapes and edges. */
export function bpmnTree(definitions: unknown) {
  const root = isObj(definitions) ? definitions : {};
  const processes = list(root.rootElements).filter((r) => typeOf(r) === 'bpmn:Process');
  const elements = list(processes[0]?.flowElements);
  const diagrams = list(root.diagrams);
  const plane = diagrams[0]?.plane;
  const planeElements = list(isObj(plane) ? plane.planeElement : undefined);
  const ofType = (type: string): Obj[] => elements.filter((e) => typeOf(e) === type);
  return {
    processes,
    diagrams,
    plane: isObj(plane) ? plane : undefined,
    ofType,
    shapes: planeElements.filter((e) => typeOf(e) === 'bpmndi:BPMNShape'),
    edges: planeElements.filter((e) => typeOf(e) === 'bpmndi:BPMNEdge'),
  };
}
