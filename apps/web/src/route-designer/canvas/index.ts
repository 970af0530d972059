export { RouteCanvas, type RouteCanvasHandle, type RouteCanvasProps } from './RouteCanvas';
export type { LitRoute, RouteSelection } from './route-canvas-types';
