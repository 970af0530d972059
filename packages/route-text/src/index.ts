// A route from a line of Chinese: the parser and its printer.
export { parseRouteText } from './parse-route-text.js';
export { printRouteText } from './print-route-text.js';
export type {
  RouteTextContext,
  RouteTextResult,
  RouteTextStep,
  RouteTextStepKind,
  RouteTextBranch,
  RouteTextPath,
  UnplacedText,
  UnplacedReason,
  UnplacedCode,
  TextSegment,
  SegmentKind,
} from './route-text-result.js';
