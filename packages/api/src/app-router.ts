import { router } from './trpc/trpc.js';
import { authRouter } from './auth/auth-router.js';
import { formsRouter } from './templates/forms-router.js';
import { orgRouter } from './org/org-router.js';
import { settingsRouter } from './tenants/settings-router.js';
import { statsRouter } from './reports/stats-router.js';
import { integrationsRouter } from './integrations/integrations-router.js';
import { auditRouter } from './audit/audit-router.js';
import { notificationsRouter } from './notifications/notifications-router.js';
import { templatesRouter } from './templates/templates-router.js';
import { actionsRouter } from './instances/actions-router.js';
import { supervisionRouter } from './instances/supervision-router.js';
import { instancesRouter } from './instances/instances-router.js';
import { inboxRouter } from './inbox/inbox-router.js';
import { catalogRouter } from './catalog/catalog-router.js';
import { attachmentsRouter } from './attachments/attachments-router.js';
import { draftsRouter } from './drafts/drafts-router.js';
import { directoryRouter } from './directory/directory-router.js';
import { accountRouter } from './account/account-router.js';
import { simulationCasesRouter } from './simulation-cases/simulation-cases-router.js';
import { historyRouter } from './history-import/history-router.js';

export const appRouter = router({
  auth: authRouter,
  forms: formsRouter,
  instances: instancesRouter,
  inbox: inboxRouter,
  org: orgRouter,
  settings: settingsRouter,
  stats: statsRouter,
  integrations: integrationsRouter,
  audit: auditRouter,
  notifications: notificationsRouter,
  templates: templatesRouter,
  actions: actionsRouter,
  supervision: supervisionRouter,
  catalog: catalogRouter,
  attachments: attachmentsRouter,
  drafts: draftsRouter,
  directory: directoryRouter,
  account: accountRouter,
  simulationCases: simulationCasesRouter,
  history: historyRouter,
});

export type AppRouter = typeof appRouter;
