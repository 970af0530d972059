import { useState } from 'react';
import { Alert, Button, Checkbox, Drawer, List, Popconfirm, Space, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { Flow } from '../canvas/route-canvas-types';
import type { RouteOrg } from '../settings';
import { RouteDiffDialog, type ComparedRoute } from './RouteDiffDialog';
import { errorWords, LocalizedError } from './error-words';
import { flowOfVersion, publisherOf } from './version-flow';
import './route-versions.css';

export interface RouteVersionsDrawerProps {
  templateId: string;
  /** the published version the draft started from */
  basedOnVersion: number | null;
  /** the route being edited, offered for comparison as the newest of all */
  draft: Flow;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  /** the version's route, to become the draft's (one undoable step); the drawer closes after */
  onRestore: (flow: Flow, version: number) => void;
  onClose: () => void;
}

/** A ticked row: a version's number, or the draft (newer than every version). */
type Pick = number | 'draft';
const DRAFT_RANK = Number.MAX_SAFE_INTEGER;
const rank = (p: Pick) => (p === 'draft' ? DRAFT_RANK : p);

/**
 * The route's published versions, newest first: restore one's route as the draft, or tick two
 * (or one and the draft) and compare them on a picture. The form is not touched here.
 */
export function RouteVersionsDrawer(p: RouteVersionsDrawerProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery(trpc.forms.versions.queryOptions({ templateId: p.templateId }));
  const [error, setError] = useState<unknown>(null);
  const [ticked, setTicked] = useState<Pick[]>([]);
  const [busy, setBusy] = useState(false);
  const [comparing, setComparing] = useState<{ older: ComparedRoute; newer: ComparedRoute } | null>(null);
  const dateOf = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const label = (pick: Pick) =>
    pick === 'draft'
      ? t('routeDesigner.versions.draft')
      : t('routeDesigner.versions.version', { version: pick });

  const flowOf = async (version: number): Promise<Flow> => {
    const answer = await queryClient.fetchQuery(
      trpc.forms.version.queryOptions({ templateId: p.templateId, version }),
    );
    const flow = flowOfVersion(answer);
    if (!flow)
      throw new LocalizedError({
        zh: t('routeDesigner.versions.noFlow', { version, lng: 'zh' }),
        en: t('routeDesigner.versions.noFlow', { version, lng: 'en' }),
      });
    return flow;
  };
  const routeOf = async (pick: Pick): Promise<ComparedRoute> => ({
    label: label(pick),
    flow: pick === 'draft' ? p.draft : await flowOf(pick),
  });

  const restore = async (version: number) => {
    setError(null);
    try {
      p.onRestore(await flowOf(version), version);
      p.onClose();
    } catch (e) {
      setError(e);
    }
  };
  const compare = async () => {
    const [a, b] = [...ticked].sort((x, y) => rank(x) - rank(y));
    if (a === undefined || b === undefined) return;
    setError(null);
    setBusy(true);
    try {
      const [older, newer] = await Promise.all([routeOf(a), routeOf(b)]);
      setComparing({ older, newer });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // a third tick lets go of the earliest, so two are always what is compared
  const tick = (pick: Pick, on: boolean) =>
    setTicked((now) =>
      on ? [...now.filter((x) => x !== pick), pick].slice(-2) : now.filter((x) => x !== pick),
    );
  const tickBox = (pick: Pick) => (
    <Checkbox
      checked={ticked.includes(pick)}
      onChange={(e) => tick(pick, e.target.checked)}
      data-testid={`route-version-tick-${pick}`}
      aria-label={label(pick)}
    />
  );

  const rows: Pick[] = ['draft', ...(versions.data ?? []).map((v) => v.version)];
  const byNumber = new Map((versions.data ?? []).map((v) => [v.version, v]));
  return (
    <Drawer
      open
      onClose={p.onClose}
      title={t('routeDesigner.versions.title')}
      size={440}
      data-testid="route-versions-drawer"
    >
      {versions.error && (
        <Alert
          type="error"
          showIcon
          title={t('routeDesigner.versions.loadFailed', { error: errorText(versions.error, lang) })}
        />
      )}
      {error !== null && <Alert type="error" showIcon title={errorWords(error, lang)} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        <p className="fd-muted">{t('routeDesigner.versions.compareHelp')}</p>
        <Button
          type="primary"
          disabled={ticked.length !== 2}
          loading={busy}
          onClick={() => void compare()}
          data-testid="route-versions-compare"
        >
          {t('routeDesigner.versions.compare')}
        </Button>
      </Space>
      <List
        loading={versions.isPending}
        data-testid="route-version-list"
        dataSource={rows}
        rowKey={(r) => String(r)}
        footer={
          versions.data?.length === 0 ? (
            <span className="fd-muted">{t('routeDesigner.versions.none')}</span>
          ) : null
        }
        renderItem={(row) => {
          const v = row === 'draft' ? undefined : byNumber.get(row);
          if (row === 'draft' || !v)
            return (
              <List.Item>
                <Space>
                  {tickBox('draft')}
                  <span className="rd-version-draft">{label('draft')}</span>
                </Space>
              </List.Item>
            );
          const who = publisherOf(v);
          return (
            <List.Item
              data-testid={`route-version-${v.version}`}
              actions={[
                <Popconfirm
                  key="restore"
                  title={t('routeDesigner.versions.restoreTitle', { version: v.version })}
                  description={t('routeDesigner.versions.restoreBody')}
                  okText={t('routeDesigner.versions.restoreOk')}
                  cancelText={t('routeDesigner.versions.cancel')}
                  onConfirm={() => void restore(v.version)}
                >
                  <Button size="small" data-testid={`route-version-restore-${v.version}`}>
                    {t('routeDesigner.versions.restore')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                avatar={tickBox(v.version)}
                title={
                  <>
                    {label(v.version)}{' '}
                    {v.current && <Tag color="green">{t('routeDesigner.versions.current')}</Tag>}
                    {v.version === p.basedOnVersion && <Tag>{t('routeDesigner.versions.basedOn')}</Tag>}
                  </>
                }
                description={
                  <span data-testid={`route-version-published-${v.version}`}>
                    {dateOf(v.publishedAt)} ·{' '}
                    {who.kind === 'person'
                      ? t('routeDesigner.versions.publishedBy', { who: who.name })
                      : who.kind === 'system'
                        ? t('routeDesigner.versions.publishedBySystem')
                        : t('routeDesigner.versions.publishedByGone')}
                  </span>
                }
              />
            </List.Item>
          );
        }}
      />
      {comparing && (
        <RouteDiffDialog
          older={comparing.older}
          newer={comparing.newer}
          fields={p.fields}
          org={p.org}
          onClose={() => setComparing(null)}
        />
      )}
    </Drawer>
  );
}
