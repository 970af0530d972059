import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { POWERFUL_SCOPES, scopeKey } from './token-scopes';

/** A token's scopes as tags, the powerful ones in a warning colour; the tooltip says what each allows. */
export function ScopeTags({ scopes }: { scopes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="token-scope-tags">
      {scopes.map((s) => {
        const key = scopeKey(s);
        return (
          <Tooltip key={s} title={key ? t(key) : undefined}>
            <Tag color={POWERFUL_SCOPES.has(s) ? 'orange' : 'blue'} data-scope={s}>
              {s}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
