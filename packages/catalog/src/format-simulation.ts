import type { Locale } from '@signoff/schema';
import type { SimulationResult, StepKind } from './simulation-scenario.js';

const KIND: Record<StepKind, Record<Locale, string>> = {
  approve: { zh: '审批', en: 'approve' },
  notify: { zh: '抄送', en: 'notify' },
  handle: { zh: '办理', en: 'handle' },
};

/** A simulated route as a person reads it in a terminal: one numbered line per step, skipped ones marked. */
export function formatSimulation(result: SimulationResult, lang: Locale = 'zh'): string {
  const lines = [lang === 'zh' ? `流程：${result.flow}` : `Flow: ${result.flow}`];
  if (result.steps.length === 0) lines.push(lang === 'zh' ? '  （没有审批步骤）' : '  (no steps)');
  result.steps.forEach((s, i) => {
    const who =
      s.positions.length > 0 ? s.positions.join('、') : lang === 'zh' ? '（无岗位）' : '(no position)';
    const users = s.users.length > 0 ? ` ${s.users.join('、')}` : '';
    const skipped = s.skipped ? (lang === 'zh' ? ' 〔跳过〕' : ' [skipped]') : '';
    lines.push(
      `  ${String(i + 1).padStart(2)}. [${KIND[s.kind][lang]}] ${s.name} — ${who}${users}${skipped}`,
    );
    lines.push(`      ${s.reason}`);
  });
  return lines.join('\n');
}
