import {
  deleteDepartment,
  deletePosition,
  deleteRank,
  deleteSupervision,
  listDelegations,
  saveDepartment,
  savePosition,
  saveRank,
  saveSupervision,
  userDirectory,
} from '@signoff/db';
import { deleteRefusal, type Department, type Position, type Rank, type Supervision } from '@signoff/org';
import type { ServiceContext } from '../trpc/service-context.js';
import { DEPARTMENT, POSITION, RANK, checked, existingOf, inTenant, must, refused } from './org-edit.js';

/** A lock that has not yet run out, else null. */
const stillLocked = (until: string | null, now: Date) => (until && new Date(until) > now ? until : null);

/**
 * The whole org as the admin screens and pickers show it. Who is locked out after wrong passwords
 * is for admins only: a member's picker has no business knowing it.
 */
export function orgView(ctx: ServiceContext) {
  const { session } = ctx;
  const { isAdmin } = ctx.viewer;
  const now = ctx.deps.clock();
  return inTenant(ctx, async (tx, org) => {
    const [directory, delegations] = await Promise.all([
      userDirectory(tx, session.tenantId),
      listDelegations(tx, session.tenantId),
    ]);
    const byId = new Map(directory.map((d) => [d.id, d]));
    return {
      departments: org.departments,
      positions: org.positions,
      ranks: [...org.ranks].sort((a, b) => a.order - b.order),
      supervisions: org.supervisions,
      users: org.users.map((u) => ({
        ...u,
        login: byId.get(u.id)?.login ?? '',
        leftAt: byId.get(u.id)?.leftAt ?? null,
        email: byId.get(u.id)?.email ?? null,
        lockedUntil: isAdmin ? stillLocked(byId.get(u.id)?.lockedUntil ?? null, now) : null,
      })),
      delegations,
    };
  });
}

export function saveDepartmentOp(ctx: ServiceContext, input: Omit<Department, 'id'> & { id?: string }) {
  const { deps, session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      const existing = existingOf(org.departments, input.id, DEPARTMENT);
      const dept: Department = { ...input, id: existing?.id ?? deps.newId() };
      checked({ ...org, departments: [...org.departments.filter((d) => d.id !== dept.id), dept] });
      await saveDepartment(tx, session.tenantId, dept);
      return dept;
    },
    'org.saveDepartment',
  );
}

export function deleteDepartmentOp(ctx: ServiceContext, { id }: { id: string }) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      must(
        org.departments.find((d) => d.id === id),
        DEPARTMENT,
      );
      const refusal = deleteRefusal(org, { kind: 'department', id });
      if (refusal) throw refused(refusal.message);
      await deleteDepartment(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteDepartment',
  );
}

export function savePositionOp(ctx: ServiceContext, input: Omit<Position, 'id'> & { id?: string }) {
  const { deps, session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      const existing = existingOf(org.positions, input.id, POSITION);
      const position: Position = { ...input, id: existing?.id ?? deps.newId() };
      checked({ ...org, positions: [...org.positions.filter((p) => p.id !== position.id), position] });
      await savePosition(tx, session.tenantId, position);
      return position;
    },
    'org.savePosition',
  );
}

export function deletePositionOp(ctx: ServiceContext, { id }: { id: string }) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      must(
        org.positions.find((p) => p.id === id),
        POSITION,
      );
      const refusal = deleteRefusal(org, { kind: 'position', id });
      if (refusal) throw refused(refusal.message);
      await deletePosition(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deletePosition',
  );
}

export function saveRankOp(ctx: ServiceContext, input: Omit<Rank, 'id'> & { id?: string }) {
  const { deps, session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      if (input.id !== undefined)
        must(
          org.ranks.find((r) => r.id === input.id),
          RANK,
        );
      const rank: Rank = { ...input, id: input.id ?? deps.newId() };
      if (org.ranks.some((r) => r.id !== rank.id && r.name === rank.name)) {
        throw refused({ zh: `职级「${rank.name}」已存在`, en: `the rank ${rank.name} already exists` });
      }
      await saveRank(tx, session.tenantId, rank);
      return rank;
    },
    'org.saveRank',
  );
}

export function deleteRankOp(ctx: ServiceContext, { id }: { id: string }) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      must(
        org.ranks.find((r) => r.id === id),
        RANK,
      );
      const refusal = deleteRefusal(org, { kind: 'rank', id });
      if (refusal) throw refused(refusal.message);
      await deleteRank(tx, session.tenantId, id);
      return { ok: true as const };
    },
    'org.deleteRank',
  );
}

export function setSupervisionOp(ctx: ServiceContext, input: Supervision) {
  const { session } = ctx;
  return inTenant(
    ctx,
    async (tx, org) => {
      must(
        org.positions.find((p) => p.id === input.positionId),
        POSITION,
      );
      if (input.departmentIds.length === 0 && input.categories.length === 0) {
        await deleteSupervision(tx, session.tenantId, input.positionId);
        return input;
      }
      checked({
        ...org,
        supervisions: [...org.supervisions.filter((s) => s.positionId !== input.positionId), input],
      });
      await saveSupervision(tx, session.tenantId, input);
      return input;
    },
    'org.setSupervision',
  );
}
