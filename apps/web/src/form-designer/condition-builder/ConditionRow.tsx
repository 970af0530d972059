import { useMemo } from 'react';
import { Button, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { FormField, Locale } from '@signoff/schema';
import type { TFunction } from 'i18next';
import { designerStrings } from '../designer.i18n';
import { useBuilder } from './builder-context';
import type { DraftRaw, DraftRow } from './condition-draft';
import { describeRule } from './describe-condition';
import { removeNode, updateRow, withLeft, withOp } from './draft-edits';
import {
  APPLICANT_ATTRIBUTES,
  fieldLabel,
  fieldOf,
  isFieldRef,
  operandKind,
  operandName,
  parseRefKey,
  refKey,
  type OperandRef,
} from './operand-kind';
import { opShape, operatorLabel, operatorsFor, type LeafOp } from './operators';
import type { RowPart, RowStatus } from './row-check';
import { ManyValues, OneValue, type ValueControlProps } from './ValuePicker';

function fieldChoices(
  fields: readonly FormField[],
  left: OperandRef | undefined,
  lang: Locale,
  t: TFunction,
) {
  const own = fields
    .filter((f) => f.type !== 'description')
    .map((f) => ({ value: refKey({ field: f.key }), label: fieldLabel(f, lang) }));
  // a rule on a field since deleted still shows what it names, so the problem beside it makes sense
  if (left && isFieldRef(left) && !fieldOf(left, fields))
    own.push({ value: refKey(left), label: operandName(left, fields, lang) });
  return [
    { label: t('designer.condition.formFields'), title: t('designer.condition.formFields'), options: own },
    {
      label: t('designer.condition.applicantGroup'),
      title: t('designer.condition.applicantGroup'),
      // capitalised as a choice of its own ("Applicant's rank"), where the rule in words says "the applicant's rank"
      options: APPLICANT_ATTRIBUTES.map((a) => ({
        value: refKey({ applicant: a }),
        label: designerStrings[lang].condition.applicant[a],
      })),
    },
  ];
}

function Problems({ id, status }: { id: string; status: RowStatus | undefined }) {
  const { t, lang } = useBuilder();
  if (status?.state === 'incomplete') {
    return (
      <div id={id} className="cb-hint">
        {t('designer.condition.incomplete')}
      </div>
    );
  }
  if (status?.state !== 'invalid') return null;
  return (
    <div id={id} className="cb-problems" role="alert">
      {status.problems.map((p, i) => (
        <div key={i}>{p.message[lang] || p.message.zh}</div>
      ))}
    </div>
  );
}

/** One "field · operator · value" line with its remove button and, below it, what is wrong with it. */
export function ConditionRow({ row }: { row: DraftRow }) {
  const { fields, ranks, departments, positions, lang, t, idPrefix, statuses, numbers, edit } = useBuilder();
  const n = numbers.get(row.id) ?? 0;
  const status = statuses.get(row.id);
  const problemsId = `${idPrefix}-${row.id}-problems`;
  const bad = new Set<RowPart>(status?.state === 'invalid' ? status.problems.map((p) => p.part) : []);
  const describedBy = status && status.state !== 'ok' ? problemsId : undefined;
  const change = (fn: (r: DraftRow) => DraftRow) => edit((root) => updateRow(root, row.id, fn));

  const choices = useMemo(() => fieldChoices(fields, row.left, lang, t), [fields, row.left, lang, t]);
  const kind = row.left ? operandKind(row.left, fields) : 'none';
  const field = row.left ? fieldOf(row.left, fields) : undefined;
  const ops = useMemo(() => {
    const allowed = row.left ? operatorsFor(row.left, fields, ranks) : [];
    // an operator from the JSON view that the list would not offer is still shown, not silently swapped
    return row.op && !allowed.includes(row.op) ? [...allowed, row.op] : allowed;
  }, [row.left, row.op, fields, ranks]);
  const attr = row.left && !isFieldRef(row.left) ? row.left.applicant : undefined;
  const names = attr === 'rank' ? ranks : attr === 'positions' ? positions : attr ? departments : undefined;

  const control = (part: RowPart, label: string): ValueControlProps => ({
    kind,
    options: field?.options,
    names,
    lang,
    label,
    placeholder: t('designer.condition.valuePlaceholder'),
    invalid: bad.has(part),
    describedBy,
  });
  const shape = row.op ? opShape(row.op) : 'none';

  return (
    <li className="cb-row">
      <div className="cb-line">
        <Select<string>
          className="cb-field"
          aria-label={t('designer.condition.fieldLabel', { n })}
          aria-invalid={bad.has('left') || undefined}
          aria-describedby={describedBy}
          status={bad.has('left') ? 'error' : undefined}
          placeholder={t('designer.condition.fieldPlaceholder')}
          value={row.left ? refKey(row.left) : undefined}
          options={choices}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(key) => {
            const left = parseRefKey(key);
            if (left) change((r) => withLeft(r, left, fields, ranks));
          }}
        />
        <Select<LeafOp>
          className="cb-op"
          aria-label={t('designer.condition.opLabel', { n })}
          aria-invalid={bad.has('op') || undefined}
          aria-describedby={describedBy}
          status={bad.has('op') ? 'error' : undefined}
          placeholder={t('designer.condition.opPlaceholder')}
          disabled={!row.left}
          value={row.op}
          virtual={false}
          popupMatchSelectWidth={false}
          options={ops.map((op) => ({ value: op, label: operatorLabel(op, kind, lang) }))}
          onChange={(op) => change((r) => withOp(r, op))}
        />
        {shape === 'one' && (
          <div className="cb-value">
            <OneValue
              {...control('value', t('designer.condition.valueLabel', { n }))}
              value={row.value}
              onValue={(value) => change((r) => ({ ...r, value }))}
            />
          </div>
        )}
        {shape === 'many' && (
          <div className="cb-value">
            <ManyValues
              {...control('value', t('designer.condition.valueLabel', { n }))}
              placeholder={t('designer.condition.valuesPlaceholder')}
              values={row.values}
              onValues={(values) => change((r) => ({ ...r, values }))}
            />
          </div>
        )}
        {shape === 'range' && (
          <div className="cb-value cb-range">
            <OneValue
              {...control('min', t('designer.condition.minLabel', { n }))}
              value={row.min}
              onValue={(min) => change((r) => ({ ...r, min }))}
            />
            <span className="cb-to">{t('designer.condition.to')}</span>
            <OneValue
              {...control('max', t('designer.condition.maxLabel', { n }))}
              value={row.max}
              onValue={(max) => change((r) => ({ ...r, max }))}
            />
          </div>
        )}
        <Button
          className="cb-remove"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('designer.condition.removeRow', { n })}
          onClick={() => edit((root) => removeNode(root, row.id))}
        />
      </div>
      <Problems id={problemsId} status={status} />
    </li>
  );
}

/** A part of the rule the rows cannot draw (a "not", two fields compared): shown in words, kept as it is. */
export function RawRow({ node }: { node: DraftRaw }) {
  const { fields, lang, t, idPrefix, statuses, numbers, edit } = useBuilder();
  const n = numbers.get(node.id) ?? 0;
  const problemsId = `${idPrefix}-${node.id}-problems`;
  return (
    <li className="cb-row">
      <div className="cb-line">
        <span className="cb-raw">
          {describeRule(node.condition, fields, lang)}
          <span className="cb-hint"> · {t('designer.condition.raw')}</span>
        </span>
        <Button
          className="cb-remove"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('designer.condition.removeRow', { n })}
          onClick={() => edit((root) => removeNode(root, node.id))}
        />
      </div>
      <Problems id={problemsId} status={statuses.get(node.id)} />
    </li>
  );
}
