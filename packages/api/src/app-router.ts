import { router } from './trpc.js';
import { authRouter } from './routers/auth-router.js';
import { formsRouter } from './routers/forms-router.js';
import { orgRouter } from './routers/org-router.js';
import { settingsRouter } from './routers/settings-router.js';
import { statsRouter } from './routers/stats-router.js';
import { integrationsRouter } from './routers/integrations-router.js';
import { auditRouter } from './routers/audit-router.js';
import { notificationsRouter } from './routers/notifications-router.js';
import { templatesRouter } from './routers/templates-router.js';
import { actionsRouter } from './routers/actions-router.js';
import { supervisionRouter } from './routers/supervision-router.js';
import { inboxRouter, instancesRouter, tasksRouter } from './routers/instances-router.js';
import { catalogRouter } from './routers/catalog-router.js';
import { attachmentsRouter } from './routers/attachments-router.js';
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
  tasks: tasksRouter,
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
