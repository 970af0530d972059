import { deleteDelegation, insertDelegation, listDelegations } from '@signoff/db';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { DELEGATION, USER, checked, inTenant, must, refused } from './org-edit.js';

/** 委托: someone's tasks handed to a colleague for a window (and for some templates). */
export function createDelegationOp(
  ctx: ServiceContext,
  input: { fromUserId: string; toUserId: string; from: string; to: string; templateKeys: string[] },
) {
  const { deps, session } = ctx;
  const { isAdmin } = ctx.viewer;
  return inTenant(
    ctx,
    async (tx, org) => {
      // Anyone may hand their own tasks to a colleague while away; only admins may do it for others.
      if (input.fromUserId !== session.userId && !isAdmin) throw errors.forbidden();
      const to = must(
        org.users.find((u) => u.id === input.toUserId),
        USER,
      );
      must(
        org.users.find((u) => u.id === input.fromUserId),
        USER,
      );
      if (!to.active)
        throw refused({
          zh: `「${to.name}」已离职，不能接受委托`,
          en: `${to.name} has left and cannot stand in`,
        });
      const row = {
        ...input,
        id: deps.newId(),
        from: new Date(input.from).toISOString(),
        to: new Date(input.to).toISOString(),
      };
      checked({ ...org, delegations: [...org.delegations, row] });
      await insertDelegation(tx, session.tenantId, row);
      return row;
    },
    'org.createDelegation',
  );
}

export function deleteDelegationOp(ctx: ServiceContext, { id }: { id: string }) {
  const { session } = ctx;
  const { isAdmin } = ctx.viewer;
  return inTenant(
    ctx,
    async (tx) => {
      const row = must(
        (await listDelegations(tx, session.tenantId)).find((d) => d.id === id),
        DELEGATION,
      );
      if (row.fromUserId !== session.userId && !isAdmin) throw errors.forbidden();
      await deleteDelegation(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteDelegation',
  );
}
