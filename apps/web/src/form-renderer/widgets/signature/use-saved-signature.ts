import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../api/trpc';

/** The caller's saved signature (an image they uploaded earlier), and a way to save a new one. */
export function useSavedSignature(enabled: boolean) {
  const trpc = useTRPC();
  const saved = useQuery({ ...trpc.account.signature.queryOptions(), enabled, staleTime: 5 * 60_000 });
  const save = useMutation(trpc.account.saveSignature.mutationOptions());
  return { saved, save };
}
