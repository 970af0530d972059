import type { Localized } from '@signoff/schema';

export interface Department {
  id: string;
  name: string;
  code?: string;
  parentId: string | null;
  order: number;
  /** a group such as 应届大学生 that routes like a department but is outside the reporting line */
  virtual?: boolean;
  /** for a virtual department: the real position whose holders act as its head */
  headPositionId?: string;
}

export interface Position {
  id: string;
  name: string;
  departmentId: string;
  /** the department's head seat (部门负责人) */
  isHead: boolean;
}

export interface Rank {
  id: string;
  name: string;
  /** higher is more senior */
  order: number;
}

export interface OrgUser {
  id: string;
  name: string;
  departmentId: string;
  secondaryDepartmentIds: string[];
  rankId: string | null;
  positionIds: string[];
  roles: string[];
  active: boolean;
}

/** Which leader (by position) supervises which departments and which categories (工程类 / 日常). */
export interface Supervision {
  positionId: string;
  departmentIds: string[];
  categories: string[];
}

export interface Delegation {
  fromUserId: string;
  toUserId: string;
  /** inclusive, ISO instants */
  from: string;
  to: string;
  /** template keys; empty means every template */
  templateKeys: string[];
}

/** Everything the resolver needs, loaded once per request; the resolver never does I/O. */
export interface OrgSnapshot {
  departments: Department[];
  positions: Position[];
  ranks: Rank[];
  users: OrgUser[];
  supervisions: Supervision[];
  delegations: Delegation[];
  /** the tenant's admins: the fallback when a step resolves to nobody */
  adminUserIds: string[];
}

export type { Localized };
