// Pins what the web relies on from AppRouter (the procedures apps/web calls), so a reshape of the
// routers or services that changes an input or an output fails here, not in a browser.
import type { Localized } from '@signoff/schema';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppRouter } from './index.js';

type In = inferRouterInputs<AppRouter>;
type Out = inferRouterOutputs<AppRouter>;

describe('AppRouter, as the web calls it', () => {
  it('auth: login takes company code, login and password; me is the viewer or null', () => {
    expectTypeOf<In['auth']['login']>().toEqualTypeOf<{
      tenantCode: string;
      login: string;
      password: string;
    }>();
    expectTypeOf<Out['auth']['login']['mustChangePassword']>().toEqualTypeOf<boolean>();
    expectTypeOf<Out['auth']['me']>().toEqualTypeOf<{
      user: { id: string; name: string; login: string; roles: string[]; supervises: boolean };
      tenant: { id: string; code: string; name: string };
      mustChangePassword: boolean;
    } | null>();
    expectTypeOf<In['auth']['changePassword']>().toEqualTypeOf<{
      currentPassword: string;
      newPassword: string;
    }>();
  });

  it('forms: get one published form by template id; listPublished the forms one may file', () => {
    expectTypeOf<In['forms']['get']>().toEqualTypeOf<{ templateId: string }>();
    expectTypeOf<Out['forms']['get']['templateId']>().toEqualTypeOf<string>();
    expectTypeOf<Out['forms']['get']['versionId']>().toEqualTypeOf<string>();
    expectTypeOf<Out['forms']['get']['version']>().toEqualTypeOf<number>();
    expectTypeOf<Out['forms']['get']['title']>().toEqualTypeOf<Localized>();
    expectTypeOf<Out['forms']['get']['model']['fields'][number]['key']>().toEqualTypeOf<string>();
    expectTypeOf<Out['forms']['listPublished'][number]>().toMatchObjectType<{
      templateId: string;
      key: string;
      title: Localized;
      version: number;
    }>();
  });

  it('instances: submit takes the form data and answers with the id and serial number; get is one request', () => {
    expectTypeOf<In['instances']['submit']>().toEqualTypeOf<{
      templateId: string;
      data: Record<string, unknown>;
    }>();
    expectTypeOf<Out['instances']['submit']>().toEqualTypeOf<{ id: string; serialNo: string }>();
    expectTypeOf<In['instances']['get']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<Out['instances']['get']['status']>().toExtend<string>();
    expectTypeOf<Out['instances']['get']['serialNo']>().toEqualTypeOf<string>();
    expectTypeOf<Out['instances']['get']['tasks'][number]>().toMatchObjectType<{
      id: string;
      nodeName: Localized;
      completedAt: string | null;
    }>();
    expectTypeOf<Out['instances']['mine'][number]>().toMatchObjectType<{
      id: string;
      serialNo: string;
      status: string;
      templateTitle: Localized;
    }>();
  });

  it('inbox: search one of the four boxes with filters and paging; counts for the tabs', () => {
    expectTypeOf<In['inbox']['search']['box']>().toEqualTypeOf<'todo' | 'done' | 'cc' | 'started'>();
    expectTypeOf<In['inbox']['search']>().toMatchObjectType<{
      q?: string | undefined;
      page?: number | undefined;
      pageSize?: number | undefined;
      urgent?: boolean | undefined;
    }>();
    expectTypeOf<Out['inbox']['search']>().toMatchObjectType<{
      total: number;
      page: number;
      pageSize: number;
    }>();
    expectTypeOf<Out['inbox']['search']['items'][number]>().toMatchObjectType<{
      instanceId: string;
      serialNo: string;
      templateTitle: Localized;
      applicantName: string;
      urgent: boolean;
      currentSteps: Localized[];
    }>();
    expectTypeOf<Out['inbox']['search']['items'][number]['task']>().toEqualTypeOf<{
      kind: string;
      id: string;
      status: string;
      createdAt: string;
      nodeName: Localized;
      card: string | null;
      dueAt: string | null;
    } | null>();
    expectTypeOf<Out['inbox']['counts']>().toEqualTypeOf<{
      todo: number;
      done: number;
      cc: number;
      started: number;
      ccUnread: number;
    }>();
  });

  it('actions: approve and reject take the task, their comment or reason, and answer with the request and its status', () => {
    expectTypeOf<In['actions']['approve']>().toEqualTypeOf<{
      taskId: string;
      comment?: string | undefined;
      signature?: string | undefined;
      data?: Record<string, unknown> | undefined;
    }>();
    expectTypeOf<In['actions']['reject']>().toEqualTypeOf<{
      taskId: string;
      reason: string;
      signature?: string | undefined;
    }>();
    expectTypeOf<Out['actions']['approve']>().toMatchObjectType<{ instanceId: string }>();
    expectTypeOf<Out['actions']['approve']['status']>().toExtend<string>();
    expectTypeOf<Out['actions']['approve']>().toEqualTypeOf<Out['actions']['reject']>();
    expectTypeOf<In['actions']['read']>().toEqualTypeOf<{ taskId: string }>();
    expectTypeOf<Out['actions']['read']>().toEqualTypeOf<Out['actions']['approve']>();
    expectTypeOf<In['actions']['withdraw']>().toMatchObjectType<{ instanceId: string }>();
    expectTypeOf<In['actions']['urge']>().toMatchObjectType<{ instanceId: string }>();
  });

  it('actions: batchApprove takes the tasks and one comment, and reports each task on its own', () => {
    expectTypeOf<In['actions']['batchApprove']>().toEqualTypeOf<{
      taskIds: string[];
      comment?: string | undefined;
    }>();
    expectTypeOf<Out['actions']['batchApprove']>().toMatchObjectType<{ approved: number; failed: number }>();
    expectTypeOf<Out['actions']['batchApprove']['results'][number]>().toMatchObjectType<{
      taskId: string;
      ok: boolean;
      instanceId?: string | undefined;
    }>();
    expectTypeOf<Out['actions']['batchApprove']['results'][number]['error']>().toExtend<
      { code: string; message: Localized } | undefined
    >();
  });

  it('the retired duplicates are gone: tasks.* and inbox.todo/done', () => {
    expectTypeOf<Extract<keyof In, 'tasks'>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<keyof In['inbox'], 'todo' | 'done'>>().toEqualTypeOf<never>();
  });

  it('notifications: the list carries what the panel links to', () => {
    expectTypeOf<Out['notifications']['list'][number]>().toMatchObjectType<{
      id: string;
      kind: string;
      createdAt: string;
      instanceId: string | null;
      readAt: string | null;
    }>();
  });
});
