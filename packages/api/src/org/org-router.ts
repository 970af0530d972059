import { z } from 'zod';
import {
  deleteDepartmentOp,
  deletePositionOp,
  deleteRankOp,
  orgView,
  saveDepartmentOp,
  savePositionOp,
  saveRankOp,
  setSupervisionOp,
} from './org-service.js';
import { resetPasswordOp, saveUserOp, unlockUserOp } from './org-people-service.js';
import { markLeaverOp } from './mark-leaver.js';
import { createDelegationOp, deleteDelegationOp } from './org-delegation-service.js';
import { exportOrg, importOrg, orgImportTemplate } from './org-import.js';
import { inviteUser } from '../auth/invitations.js';
import { adminProcedure, router, tenantProcedure } from '../trpc/trpc.js';

const id = z.string().trim().min(1).max(128);
const name = z.string().trim().min(1).max(100);
const ids = z.array(id).max(500);
const instant = z.iso.datetime({ offset: true });

const departmentInput = z.object({
  id: id.optional(),
  name,
  code: z.string().trim().min(1).max(50).optional(),
  parentId: id.nullable(),
  order: z.number().int().min(0).max(1_000_000).default(0),
  virtual: z.boolean().optional(),
  headPositionId: id.optional(),
});

const positionInput = z.object({
  id: id.optional(),
  name,
  departmentId: id,
  isHead: z.boolean().default(false),
});
const rankInput = z.object({ id: id.optional(), name, order: z.number().int().min(0).max(1000) });
const supervisionInput = z.object({ positionId: id, departmentIds: ids, categories: z.array(name).max(100) });
const userInput = z.object({
  id: id.optional(),
  login: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[\w.@-]+$/),
  name,
  email: z.email().max(254).nullable().optional(),
  departmentId: id,
  secondaryDepartmentIds: ids.default([]),
  rankId: id.nullable(),
  positionIds: ids.default([]),
  roles: z.array(z.enum(['admin', 'designer'])).default([]),
  initialPassword: z.string().min(8).max(256).optional(),
});
const delegationInput = z
  .object({
    fromUserId: id,
    toUserId: id,
    from: instant,
    to: instant,
    templateKeys: z.array(z.string().min(1).max(100)).max(200).default([]),
  })
  .refine((d) => Date.parse(d.to) > Date.parse(d.from), {
    path: ['to'],
    message: 'must end after it starts',
  });

/** Reading the org is open to every member (pickers need it); every write needs a tenant admin. */
export const orgRouter = router({
  view: tenantProcedure.query(({ ctx }) => orgView(ctx)),

  saveDepartment: adminProcedure
    .input(departmentInput)
    .mutation(({ ctx, input }) => saveDepartmentOp(ctx, input)),
  deleteDepartment: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => deleteDepartmentOp(ctx, input)),

  savePosition: adminProcedure.input(positionInput).mutation(({ ctx, input }) => savePositionOp(ctx, input)),
  deletePosition: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => deletePositionOp(ctx, input)),

  saveRank: adminProcedure.input(rankInput).mutation(({ ctx, input }) => saveRankOp(ctx, input)),
  deleteRank: adminProcedure.input(z.object({ id })).mutation(({ ctx, input }) => deleteRankOp(ctx, input)),

  setSupervision: adminProcedure
    .input(supervisionInput)
    .mutation(({ ctx, input }) => setSupervisionOp(ctx, input)),

  saveUser: adminProcedure.input(userInput).mutation(({ ctx, input }) => saveUserOp(ctx, input)),
  /**
   * A leaver: their open tasks go to the department head above them or to a chosen person, then
   * they are marked left and logged out, in one transaction. `dryRun` answers who would take each
   * task (or why nobody can) and writes nothing. `left: false` lets someone rejoin.
   */
  setUserLeft: adminProcedure
    .input(
      z.discriminatedUnion('left', [
        z.object({ id, left: z.literal(false) }),
        z.object({
          id,
          left: z.literal(true),
          handover: z
            .discriminatedUnion('to', [
              z.object({ to: z.literal('departmentHead') }),
              z.object({ to: z.literal('user'), userId: id }),
            ])
            .optional(),
          dryRun: z.boolean().default(false),
        }),
      ]),
    )
    .mutation(({ ctx, input }) => markLeaverOp(ctx, input)),
  /** ends a lockout after repeated wrong passwords (seed 001: the administrator restores access) */
  unlockUser: adminProcedure.input(z.object({ id })).mutation(({ ctx, input }) => unlockUserOp(ctx, input)),

  /** Excel or CSV; `dryRun` lists every problem row (by line) or what would change, and writes nothing. */
  import: adminProcedure
    .input(
      z.object({
        format: z.enum(['xlsx', 'csv']),
        sheet: z.enum(['departments', 'positions', 'users']).optional(),
        // 10 MB of file is about 13.4 M characters of base64
        contentBase64: z.string().min(1).max(14_000_000),
        dryRun: z.boolean().default(true),
      }),
    )
    .mutation(({ ctx, input }) => importOrg(ctx, input)),
  export: adminProcedure.query(({ ctx }) => exportOrg(ctx)),
  /** the empty workbook with the expected sheets and columns */
  importTemplate: adminProcedure.query(() => orgImportTemplate()),

  invite: adminProcedure
    .input(
      z.object({
        name,
        departmentId: id,
        rankId: id.nullable().default(null),
        email: z.email().max(254).nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => inviteUser(ctx, input)),

  resetPassword: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => resetPasswordOp(ctx, input)),

  createDelegation: tenantProcedure
    .input(delegationInput)
    .mutation(({ ctx, input }) => createDelegationOp(ctx, input)),
  deleteDelegation: tenantProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => deleteDelegationOp(ctx, input)),
});
