import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommitInput, positiveNumber } from './CommitInput';
import type { RouteNodePatch, StepNode } from './route-types';
import { reminderPatch, timeLimitOf, timeLimitPatch, type TimeUnit } from './step-patches';

const optionalHours = positiveNumber({ optional: true });
const showNumber = (n: number | undefined) => (n === undefined ? '' : String(n));

/** A step's time limit (hours or working days) and its reminder. */
export function StepTiming({ node, patch }: { node: StepNode; patch: (p: RouteNodePatch) => void }) {
  const { t } = useTranslation();
  const s = (k: string) => t(`routeSettings.time.${k}`);
  const limit = timeLimitOf(node);
  const reminder = node.reminder;
  return (
    <section className="rs-section">
      <h4>{s('title')}</h4>
      <Radio.Group
        optionType="button"
        size="small"
        aria-label={s('title')}
        value={limit.unit}
        onChange={(e) => patch(timeLimitPatch(e.target.value as TimeUnit))}
        options={(['none', 'hours', 'workingDays'] as const).map((u) => ({ value: u, label: s(u) }))}
      />
      {limit.unit !== 'none' && (
        <CommitInput<number | undefined>
          // a new unit starts a new box, not one still showing the other unit's draft
          key={limit.unit}
          numeric
          label={`${s('amount')}（${s(limit.unit)}）`}
          value={limit.amount}
          show={showNumber}
          parse={positiveNumber({ integer: limit.unit === 'workingDays', optional: false })}
          error={s('bad')}
          testId="time-limit-amount"
          onCommit={(n) => patch(timeLimitPatch(limit.unit, n))}
        />
      )}
      <h4>{s('reminder')}</h4>
      <CommitInput<number | undefined>
        numeric
        label={s('remindAfter')}
        value={reminder?.afterHours}
        show={showNumber}
        parse={optionalHours}
        placeholder="24"
        help={s('remindAfterHelp')}
        error={s('bad')}
        testId="reminder-after"
        onCommit={(n) => patch(reminderPatch(n, reminder?.repeatHours))}
      />
      <CommitInput<number | undefined>
        numeric
        label={s('repeat')}
        value={reminder?.repeatHours}
        show={showNumber}
        parse={optionalHours}
        help={s('repeatHelp')}
        error={s('bad')}
        testId="reminder-repeat"
        onCommit={(n) => patch(reminderPatch(reminder?.afterHours, n))}
      />
    </section>
  );
}
