import { AppError, type Localized } from '../trpc/app-error.js';

/**
 * An archived (停用) template takes no new request, however it is reached: the start page, a link
 * kept from before, the REST API. Requests already running go on with the version they began on.
 */
export function refuseArchived(v: { title: Localized; archivedAt: string | null }): void {
  if (v.archivedAt === null) return;
  throw new AppError('conflict', 'errors.templateArchived', {
    zh: `表单「${v.title.zh}」已停用，不能再发起新的申请`,
    en: `The form “${v.title.en}” has been archived; no new request can be submitted`,
  });
}
