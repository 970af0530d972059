import { Button, Segmented } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useBuilder } from './builder-context';
import type { DraftGroup } from './condition-draft';
import { addGroup, addRow, removeNode, setGroupOp } from './draft-edits';
import { ConditionRow, RawRow } from './ConditionRow';

/**
 * A group of rows joined by "and" or "or". The top group may hold groups of its own (one level
 * down is what "A and (B or C)" needs); a nested group only holds rows, which keeps the builder
 * readable at phone width. Deeper rules from the JSON view are still drawn.
 */
export function ConditionGroup({ group, top }: { group: DraftGroup; top: boolean }) {
  const { t, edit } = useBuilder();
  const showJoiner = !top || group.children.length > 1;
  return (
    <div
      className={top ? 'cb-group cb-top' : 'cb-group cb-nested'}
      role="group"
      aria-label={top ? undefined : t('designer.condition.subgroup')}
    >
      {showJoiner && (
        <div className="cb-group-head">
          <Segmented<'and' | 'or'>
            size="small"
            aria-label={t('designer.condition.matchLabel')}
            value={group.op}
            options={[
              { value: 'and', label: t('designer.condition.match.and') },
              { value: 'or', label: t('designer.condition.match.or') },
            ]}
            onChange={(op) => edit((root) => setGroupOp(root, group.id, op))}
          />
          {!top && (
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('designer.condition.removeGroup')}
              onClick={() => edit((root) => removeNode(root, group.id))}
            />
          )}
        </div>
      )}
      <ul className="cb-rows">
        {group.children.map((child) =>
          child.kind === 'group' ? (
            <li key={child.id} className="cb-row">
              <ConditionGroup group={child} top={false} />
            </li>
          ) : child.kind === 'row' ? (
            <ConditionRow key={child.id} row={child} />
          ) : (
            <RawRow key={child.id} node={child} />
          ),
        )}
      </ul>
      <div className="cb-actions">
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => edit((root, newId) => addRow(root, group.id, newId))}
        >
          {t('designer.condition.addRow')}
        </Button>
        {top && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => edit((root, newId) => addGroup(root, newId))}
          >
            {t('designer.condition.addGroup')}
          </Button>
        )}
      </div>
    </div>
  );
}
