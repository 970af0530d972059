import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

type OnExpired = () => void;
let current: OnExpired | null = null;

/** What the query client calls when the server says the session is gone (see App.tsx). */
export function sessionExpired(): void {
  current?.();
}

/**
 * Inside the router, so an expired session can navigate: forget cached data and go to the login
 * page, remembering where the person was. The login page itself is left alone, where a wrong
 * password is also "unauthorized".
 */
export function SessionExpiry({ onExpired }: { onExpired: () => void }) {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    current = () => {
      if (location.pathname === '/login') return;
      onExpired();
      void navigate('/login', { replace: true, state: { from: location.pathname } });
    };
    return () => {
      current = null;
    };
  }, [navigate, location.pathname, onExpired]);
  return null;
}
