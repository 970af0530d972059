import { useEffect, useRef, useState, type ReactNode, type TouchEvent } from 'react';
import { ArrowDownOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** how far the indicator (half the finger's travel) must come down before letting go refreshes */
const RELEASE = 40;
const MAX = 80;

/**
 * Pull down at the top of the page to refresh, as phone lists do: a few touch handlers and a
 * label, no library. Only a pull that starts with the page scrolled to the top counts, so
 * scrolling the list back up never refreshes by accident.
 */
export function PullToRefresh({ onRefresh, children }: { onRefresh: () => Promise<unknown>; children: ReactNode }) {
  const { t } = useTranslation();
  const start = useRef<number | null>(null);
  const [pull, setPull] = useState(0);
  const [busy, setBusy] = useState(false);

  // the browser's own pull-to-refresh would reload the whole app instead
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.overscrollBehaviorY;
    root.style.overscrollBehaviorY = 'contain';
    return () => {
      root.style.overscrollBehaviorY = before;
    };
  }, []);

  const onTouchStart = (e: TouchEvent) => {
    start.current = window.scrollY <= 0 && !busy ? (e.touches[0]?.clientY ?? null) : null;
  };
  const onTouchMove = (e: TouchEvent) => {
    if (start.current === null) return;
    const dy = (e.touches[0]?.clientY ?? start.current) - start.current;
    // resistance: the indicator follows at half the finger's distance
    setPull(dy > 0 ? Math.min(MAX, dy / 2) : 0);
  };
  const onTouchEnd = () => {
    const reached = pull >= RELEASE;
    start.current = null;
    setPull(0);
    if (!reached) return;
    setBusy(true);
    void onRefresh().finally(() => setBusy(false));
  };

  const height = busy ? 40 : pull;
  const label = busy ? t('desk.pull.refreshing') : pull >= RELEASE ? t('desk.pull.release') : t('desk.pull.pull');
  return (
    <div onTouchStart={onTouchStart} onTouchMove={onTouchMove} onTouchEnd={onTouchEnd} onTouchCancel={() => setPull(0)} data-testid="pull-to-refresh">
      <div className="desk-pull" style={{ height }} aria-live="polite">
        {height > 0 && (
          <span>
            {busy ? <LoadingOutlined /> : <ArrowDownOutlined style={{ transform: pull >= RELEASE ? 'rotate(180deg)' : undefined }} />} {label}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}
