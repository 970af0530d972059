/**
 * Prints the parser's figure on the 31 seed routes (exact / with unplaced words / wrong) and the
 * non-exact ones with why, as Markdown: `pnpm exec tsx scripts/measure-seed-routes.ts` in packages/route-text.
 */
import { measureSeedRoutes } from '../src/test-seed-measurement.js';
import { seedFlows, seedScenarios } from '../src/test-seed-catalogs.js';

const rows = measureSeedRoutes(seedFlows(), seedScenarios());
const count = (v: string) => rows.filter((r) => r.verdict === v).length;
const lines = [
  `**${count('exact')} exact, ${count('unplaced')} with unplaced words, ${count('wrong')} wrong** of ${rows.length} seed routes ` +
    `(${rows.reduce((n, r) => n + r.same, 0)} of ${rows.reduce((n, r) => n + r.scenarios, 0)} scenarios take the hand-written route's steps).`,
  '',
  (() => {
    const linear = rows.filter((r) => !r.branched);
    const exact = linear.filter((r) => r.verdict === 'exact').length;
    const sameAnyway = linear.filter((r) => r.verdict === 'unplaced' && r.same === r.scenarios).length;
    return `Linear flows (no condition in the text): ${exact} of ${linear.length} exact; ${sameAnyway} more take the same steps on every scenario but report words unplaced.`;
  })(),
  '',
  '| flow | verdict | scenarios same | unplaced | first difference |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.catalog} ${r.file.slice(0, 2)} ${r.title} | ${r.verdict} | ${r.same}/${r.scenarios} | ${r.unplaced.join('; ') || '—'} | ${r.difference ?? '—'} |`,
  ),
];
const problems = rows.filter((r) => r.problems.length > 0);
if (problems.length > 0) lines.push('', ...problems.map((r) => `- ${r.file}: ${r.problems.join('; ')}`));
process.stdout.write(`${lines.join('\n')}\n`);
