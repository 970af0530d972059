import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface SideTab<K extends string> {
  key: K;
  label: string;
  content: ReactNode;
}

/**
 * The side panel's tabs (properties | problems) as plain elements with the ARIA tab pattern: antd's
 * Tabs re-rendered some forty components of its own on every keystroke in a property box. Arrow keys,
 * Home and End move between the tabs; only the active panel is mounted.
 */
export function SideTabs<K extends string>({
  tabs,
  active,
  onChange,
  idPrefix,
}: {
  tabs: readonly SideTab<K>[];
  active: K;
  onChange: (key: K) => void;
  idPrefix: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.find((tab) => tab.key === active) ?? tabs[0];
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.key === active);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onChange(tab.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <>
      <div className="fd-tabs" role="tablist" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            className={tab.key === active ? 'fd-tab fd-tab-active' : 'fd-tab'}
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${current.key}`}>
          {current.content}
        </div>
      )}
    </>
  );
}
