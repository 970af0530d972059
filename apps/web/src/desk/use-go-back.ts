import { useNavigate } from 'react-router';

/** Back where the person came from, or to the start page when the page was opened directly (no history in this tab). */
export function useGoBack(): () => void {
  const navigate = useNavigate();
  return () => {
    // react-router numbers its history entries; 0 is the first page of this tab
    const idx = (window.history.state as { idx?: number } | null)?.idx;
    if (typeof idx === 'number' && idx > 0) void navigate(-1);
    else void navigate('/', { replace: true });
  };
}
