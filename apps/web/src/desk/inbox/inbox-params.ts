import dayjs from 'dayjs';

export const BOXES = ['todo', 'done', 'started', 'cc'] as const;
export type Box = (typeof BOXES)[number];

export const STATUSES = ['running', 'approved', 'rejected', 'withdrawn', 'cancelled'] as const;
export type InstanceStatus = (typeof STATUSES)[number];

/** What the approval centre shows, kept in the URL so "back" from a request returns to the same box, filters and page. */
export interface InboxView {
  box: Box;
  q: string;
  templateKey: string | undefined;
  status: InstanceStatus | undefined;
  /** submitted from / to, inclusive calendar days `YYYY-MM-DD` in the browser's time zone */
  from: string | undefined;
  to: string | undefined;
  urgent: boolean;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => list.find((x) => x === v);

export function readView(params: URLSearchParams): InboxView {
  const page = Number(params.get('page'));
  const day = (k: string) => {
    const v = params.get(k);
    return v && DAY.test(v) && dayjs(v).isValid() ? v : undefined;
  };
  return {
    box: oneOf(BOXES, params.get('tab')) ?? 'todo',
    q: (params.get('q') ?? '').slice(0, 100),
    templateKey: params.get('template') || undefined,
    status: oneOf(STATUSES, params.get('status')),
    from: day('from'),
    to: day('to'),
    urgent: params.get('urgent') === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL of a view; defaults are left out so a plain /inbox is the to-do box. */
export function writeView(v: InboxView): URLSearchParams {
  const p = new URLSearchParams();
  if (v.box !== 'todo') p.set('tab', v.box);
  if (v.q) p.set('q', v.q);
  if (v.templateKey) p.set('template', v.templateKey);
  if (v.status) p.set('status', v.status);
  if (v.from) p.set('from', v.from);
  if (v.to) p.set('to', v.to);
  if (v.urgent) p.set('urgent', '1');
  if (v.page > 1) p.set('page', String(v.page));
  return p;
}

/** How many filters beyond the box and the search words are set (the phone's filter button shows it). */
export function activeFilterCount(v: InboxView): number {
  return [v.templateKey, v.status, v.from ?? v.to, v.urgent || undefined].filter((x) => x !== undefined).length;
}

/** The `inbox.search` input of a view: calendar days become instants, `to` inclusive of its whole day. */
export function searchInput(v: InboxView, page: number, pageSize: number) {
  return {
    box: v.box,
    ...(v.q.trim() ? { q: v.q.trim() } : {}),
    ...(v.templateKey ? { templateKey: v.templateKey } : {}),
    // the to-do box holds running requests only; a status filter there could only hide everything
    ...(v.status && v.box !== 'todo' ? { status: v.status } : {}),
    ...(v.from ? { from: dayjs(v.from).startOf('day').toISOString() } : {}),
    ...(v.to ? { to: dayjs(v.to).add(1, 'day').startOf('day').toISOString() } : {}),
    ...(v.urgent ? { urgent: true } : {}),
    page,
    pageSize,
  };
}
