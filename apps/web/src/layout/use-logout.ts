import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';

export function useLogout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  return () => {
    // leave even if the server call fails: the session may be gone already
    void logout.mutateAsync().finally(() => {
      queryClient.clear();
      void navigate('/login', { replace: true });
    });
  };
}
