import { Alert } from 'antd';
import type { Locale } from '@signoff/schema';
import type { FlowProblem } from './route-types';

/** The validation problems of the selected node or edge, on top of its settings, in the designer's language. */
export function ProblemList({
  problems,
  title,
  lang,
}: {
  problems: readonly FlowProblem[];
  title: string;
  lang: Locale;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert
      className="rs-problems"
      type="error"
      showIcon
      title={title}
      data-testid="settings-problems"
      description={
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.code}/${p.path ?? ''}/${i}`}>{p.message[lang] || p.message.zh}</li>
          ))}
        </ul>
      }
    />
  );
}
