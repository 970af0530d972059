import type { RouteLayout } from '@signoff/designer';
import type { FlowDefinition } from '@signoff/flow';

export interface LayoutRequest {
  id: number;
  flow: FlowDefinition;
}

export type LayoutReply = { id: number; layout: RouteLayout } | { id: number; error: string };
