import { bench, describe } from 'vitest';
import { buildBenchRoute } from './bench-route.js';
import { layoutRoute } from './layout-route.js';

const route = buildBenchRoute(500);

// docs/benchmarks.md records the median; over 100 ms the web app should move the layout into a worker
describe('route layout', () => {
  bench(
    'layoutRoute, 500-node route (branches, parallel blocks)',
    async () => {
      await layoutRoute(route);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
