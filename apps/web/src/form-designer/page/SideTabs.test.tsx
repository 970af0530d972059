import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { SideTabs } from './SideTabs';

function Panel() {
  const [tab, setTab] = useState<'props' | 'problems'>('props');
  return (
    <SideTabs
      idPrefix="t"
      active={tab}
      onChange={setTab}
      tabs={[
        { key: 'props', label: '属性', content: <p>属性面板</p> },
        { key: 'problems', label: '问题 (2)', content: <p>问题列表</p> },
      ]}
    />
  );
}

describe('the side panel tabs', () => {
  it('shows the chosen panel, by click and by arrow keys, and moves the focus with the keys', () => {
    render(<Panel />);
    expect(screen.getByRole('tabpanel').textContent).toBe('属性面板');
    fireEvent.click(screen.getByRole('tab', { name: '问题 (2)' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('问题列表');
    expect(screen.getByRole('tab', { name: '问题 (2)' }).getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(screen.getByRole('tab', { name: '问题 (2)' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('属性面板');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '属性' }));
    fireEvent.keyDown(screen.getByRole('tab', { name: '属性' }), { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('问题列表');
    // only the active tab is in the tab order, as the ARIA tab pattern asks
    expect(screen.getByRole('tab', { name: '属性' }).tabIndex).toBe(-1);
  });
});
