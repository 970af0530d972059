import { AppError } from '../trpc/app-error.js';

/** The refusal of any change to a request imported from another system: it is that system's archive. */
export const importedReadOnly = (): AppError =>
  new AppError('conflict', 'errors.importedReadOnly', {
    zh: '这份申请是从其他系统导入的历史记录，只能查看',
    en: 'This request was imported from another system as history; it can only be viewed',
  });
