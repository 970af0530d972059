// Packages that compile this source (apps/cli, apps/web) need the declaration too; a reference here carries it to them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- bpmn-moddle's entry point has no types of its own
/// <reference path="./bpmn-moddle.d.ts" />
export { BpmnModdle, type FromXmlResult, type ModdleElement } from 'bpmn-moddle';
