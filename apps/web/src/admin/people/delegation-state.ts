export type DelegationState = 'current' | 'upcoming' | 'ended';

/** Whether a delegation window is running, still to come or over at `now`. */
export function delegationState(d: { from: string; to: string }, now: Date): DelegationState {
  const t = now.getTime();
  if (Date.parse(d.to) <= t) return 'ended';
  if (Date.parse(d.from) > t) return 'upcoming';
  return 'current';
}
