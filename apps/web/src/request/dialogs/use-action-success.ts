import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from '../../layout/toast';

/**
 * What every successful action does: close its dialog, say so, and refetch — an action changes
 * the request, the inbox lists and their counts, so everything cached is stale.
 */
export function useActionSuccess(onClose: () => void, messageKey = 'request.action.success'): () => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return () => {
    onClose();
    toast('success', t(messageKey));
    void queryClient.invalidateQueries();
  };
}
