import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { deskTestApi } from '../desk/test/desk-test-api';
import { AppLayout } from './AppLayout';

const layout = vi.hoisted(() => ({ phone: false }));
vi.mock('../hooks/use-is-phone', () => ({ useIsPhone: () => layout.phone }));

let mounts = 0;
/** A page with state of its own, like a half-filled form. */
function Page() {
  const [typed, setTyped] = useState('');
  useState(() => ++mounts);
  return <input aria-label="reason" value={typed} onChange={(e) => setTyped(e.target.value)} />;
}

const api = () =>
  deskTestApi({
    'auth.me': () => ({
      user: { id: 'u-1', name: '张三', login: 'zhang.san', roles: [], supervises: false },
      tenant: { id: 't-1', code: 'demo', name: '演示公司' },
      mustChangePassword: false,
    }),
    'inbox.counts': () => ({ todo: 2, done: 0, cc: 0, ccUnread: 0, started: 0 }),
    'notifications.unreadCount': () => ({ count: 0 }),
  });

const tree = () => (
  <Routes>
    <Route element={<AppLayout />}>
      <Route path="*" element={<Page />} />
    </Route>
  </Routes>
);

describe('the app layout', () => {
  it('keeps the page, and what was typed in it, when the screen crosses the phone width', async () => {
    layout.phone = false;
    mounts = 0;
    const { wrap } = api();
    const view = render(wrap(tree(), '/apply/t'));
    const box = await screen.findByLabelText<HTMLInputElement>('reason');
    expect(document.querySelector('.signoff-sider')).not.toBeNull();
    fireEvent.change(box, { target: { value: '回老家' } });

    layout.phone = true;
    view.rerender(wrap(tree(), '/apply/t'));
    expect(document.querySelector('.signoff-sider')).toBeNull();
    expect(screen.getByRole('navigation', { name: /./ })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('reason').value).toBe('回老家');

    layout.phone = false;
    view.rerender(wrap(tree(), '/apply/t'));
    expect(screen.getByLabelText<HTMLInputElement>('reason').value).toBe('回老家');
    expect(mounts).toBe(1);
  });
});
