import { Alert, Tag } from 'antd';
import type { AssigneeReference, BpmnImport } from '@signoff/bpmn';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { ApproverPicker } from '../settings/ApproverPicker';
import type { RouteOrg } from '../settings/route-org';
import type { ApproverExpression } from '../settings/route-types';
import './import.i18n';

export interface AssigneeMappingStepProps {
  imported: BpmnImport;
  /** the officer's choices so far, by reference key (pre-filled with the name matches) */
  mapping: Readonly<Record<string, ApproverExpression>>;
  /** keys whose current choice is the name match, not the officer's */
  suggested: ReadonlySet<string>;
  onMap: (key: string, approvers: ApproverExpression) => void;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
}

/** The draft's approvers of a reference's first task: the placeholder the picker shows until a choice is made. */
function placeholderOf(ref: AssigneeReference, imported: BpmnImport): ApproverExpression {
  if (ref.kind === 'user') return { kind: 'user', id: ref.name };
  if (ref.kind === 'task') {
    const node = imported.draft.nodes.find((n) => n.id === ref.tasks[0]?.nodeId);
    if (node && 'approvers' in node) return node.approvers;
  }
  return { kind: 'role', name: ref.name };
}

/**
 * The mapping step of a foreign BPMN import: each candidate group, assignee or unassigned step in
 * a row with the approver picker, then what the import could not place (conditions without a
 * field) and what the engine cannot run. Unmapped rows keep the file's name, which the picker's
 * words mark as missing from the org, so the route cannot be published until they are mapped.
 */
export function AssigneeMappingStep({
  imported,
  mapping,
  suggested,
  onMap,
  fields,
  org,
}: AssigneeMappingStepProps) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { references, unplaced, unsupported, draft } = imported;
  const nameOf = (id: string) => {
    const n = draft.nodes.find((x) => x.id === id);
    return n ? pick(n.name) || id : id;
  };
  return (
    <div className="ri-mapping" data-testid="route-import-mapping">
      <strong>{t('routeImport.mapping.title')}</strong>
      <p className="fd-muted">{t('routeImport.mapping.intro')}</p>
      <ul className="ri-rows">
        {references.map((ref) => {
          const chosen = mapping[ref.key];
          const label = `${t(`routeImport.mapping.kinds.${ref.kind}`)}「${ref.name}」`;
          return (
            <li
              key={ref.key}
              className="ri-row"
              role="group"
              aria-label={label}
              data-key={ref.key}
              data-testid="route-import-mapping-row"
            >
              <div className="ri-row-head">
                <Tag>{t(`routeImport.mapping.kinds.${ref.kind}`)}</Tag>
                <span className="ri-ref-name">{ref.name}</span>
                {chosen && suggested.has(ref.key) ? (
                  <Tag color="green">{t('routeImport.mapping.matched')}</Tag>
                ) : !chosen ? (
                  <Tag color="orange">{t('routeImport.mapping.unmatched')}</Tag>
                ) : null}
              </div>
              <p className="fd-muted ri-used-by">
                {t('routeImport.mapping.usedBy', { tasks: ref.tasks.map((x) => x.name).join('、') })}
              </p>
              <ApproverPicker
                value={chosen ?? placeholderOf(ref, imported)}
                onChange={(next) => onMap(ref.key, next)}
                fields={fields}
                org={org}
              />
            </li>
          );
        })}
      </ul>
      {unplaced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="route-import-unplaced"
          title={t('routeImport.mapping.unplacedTitle', { count: unplaced.length })}
          description={
            <>
              <p>{t('routeImport.mapping.unplacedHelp')}</p>
              <ul className="ri-problems">
                {unplaced.map((u) => (
                  <li key={u.edgeId} data-code={u.reason.code}>
                    {t('routeImport.mapping.unplacedItem', {
                      from: nameOf(u.from),
                      to: nameOf(u.to),
                      expression: u.expression,
                      reason: pick(u.reason),
                    })}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {unsupported.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="route-import-unsupported"
          title={t('routeImport.mapping.unsupportedTitle', { count: unsupported.length })}
          description={
            <ul className="ri-problems">
              {unsupported.map((u) => (
                <li key={`${u.elementId}/${u.kind}`} data-kind={u.kind} data-handling={u.handling}>
                  {t('routeImport.mapping.unsupportedItem', {
                    id: u.name ? `${u.name} ${u.elementId}` : u.elementId,
                    kind: u.kind,
                    reason: pick(u.reason),
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
