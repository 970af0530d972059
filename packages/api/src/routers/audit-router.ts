import { z } from 'zod';
import { verifyAudit, withTenant } from '@signoff/db';
import { adminProcedure, router } from '../trpc.js';

/** The tenant's audit trail for its admins: newest first, and a check that nothing was altered. */
export const auditRouter = router({
  list: adminProcedure
    .input(z.object({ page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(200).default(50), action: z.string().max(64).optional() }))
    .query(({ ctx, input }) =>
      withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
        const params: unknown[] = [ctx.session.tenantId, input.pageSize, (input.page - 1) * input.pageSize];
        const filter = input.action ? `AND action LIKE $4` : '';
        if (input.action) params.push(`${input.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        const rows = await tx.query<{ seq: string | number; at: string | Date; actor_id: string | null; action: string; subject: string; data: Record<string, unknown>; hash: string }>(
          `SELECT seq, at, actor_id, action, subject, data, hash FROM audit_log WHERE tenant_id = $1 ${filter} ORDER BY seq DESC LIMIT $2 OFFSET $3`,
          params,
        );
        return rows.map((r) => ({ seq: Number(r.seq), at: new Date(r.at).toISOString(), actorId: r.actor_id, action: r.action, subject: r.subject, data: r.data, hash: r.hash }));
      }),
    ),
  verify: adminProcedure.query(({ ctx }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => verifyAudit(tx, ctx.session.tenantId))),
});
