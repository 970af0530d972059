import { validateFlow } from '@signoff/flow';
import { realEstateDemoOrg, smallCompanyDemoOrg } from '@signoff/org/demo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRouteText } from './parse-route-text.js';
import { printRouteText } from './print-route-text.js';
import { routingForm } from './test-forms.js';
import { routeShape } from './test-route-shape.js';
import { planRoute, routePlanArb, routeTextArb } from './test-route-text-arbitraries.js';

const form = routingForm();

describe.each([
  ['real estate', realEstateDemoOrg()],
  ['small company', smallCompanyDemoOrg()],
])('on the %s org', (_name, org) => {
  it('prints any drawable line-and-branch route as text that parses back to the same route', () => {
    fc.assert(
      fc.property(routePlanArb(org), (plan) => {
        const route = planRoute(plan, org);
        expect(validateFlow(route, { fields: form.fields })).toEqual([]);
        const text = printRouteText(route, org, form);
        const back = parseRouteText(text, { org, form });
        expect(back.unplaced).toEqual([]);
        expect(routeShape(back.flow)).toEqual(routeShape(route));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text, and accounts for every character', () => {
    fc.assert(
      fc.property(routeTextArb(org), (text) => {
        const r = parseRouteText(text, { org, form });
        expect(r.segments.map((s) => s.text).join('')).toBe(text);
        r.segments.forEach((s, i) => {
          expect(s.start).toBe(r.segments[i - 1]?.end ?? 0);
          expect(s.text).toBe(text.slice(s.start, s.end));
        });
        // every unplaced stretch has its reason, and every reason points at the text
        const covered = (i: number) => r.unplaced.some((u) => u.start <= i && i < u.end);
        for (const s of r.segments.filter((x) => x.kind === 'unplaced'))
          for (let i = s.start; i < s.end; i++) expect(covered(i)).toBe(true);
        for (const u of r.unplaced) expect(text.slice(u.start, u.end)).toBe(u.text);
        expect(validateFlow(r.flow, { fields: form.fields, ranks: org.ranks.map((x) => x.name) })).toEqual(
          [],
        );
      }),
      { numRuns: 500 },
    );
  });
});
