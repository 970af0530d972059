import type { RouteTextBranch, RouteTextStep } from './route-text-result.js';
import type { SketchItem, SketchStep } from './sketch.js';

const stepOf = (s: SketchStep): RouteTextStep => ({
  kind: s.kind,
  positions: [...s.actor.positions],
  name: s.name.zh,
  ...(s.guard ? { when: s.guard.text } : {}),
});

/** The sketch in the CLI contract's shape: steps in order, each switch a branch placed after the steps before it. */
export function summarize(items: readonly SketchItem[]): {
  steps: RouteTextStep[];
  branches: RouteTextBranch[];
} {
  const steps: RouteTextStep[] = [];
  const branches: RouteTextBranch[] = [];
  for (const item of items) {
    if (item.type === 'step') {
      steps.push(stepOf(item));
      continue;
    }
    branches.push({
      name: item.name,
      after: steps.length,
      paths: item.alternatives.map((a) => {
        const inner = summarize(a.items);
        return {
          when: a.label || '默认',
          isDefault: a.condition === undefined,
          ...(a.condition ? { condition: a.condition } : {}),
          ...inner,
        };
      }),
    });
  }
  return { steps, branches };
}
