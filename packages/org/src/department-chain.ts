import type { Department, OrgUser, Position } from './org-model.js';
import { headPositions, holdersOf, type OrgIndex } from './org-index.js';

/** One rung of the applicant's reporting line: a department and the people who head it. */
export interface ChainLevel {
  department: Department;
  positions: Position[];
  users: OrgUser[];
}

export interface DepartmentChain {
  levels: ChainLevel[];
  /** departments passed over because the applicant heads them or nobody holds their head seat */
  passed: { department: Department; why: 'applicant_is_head' | 'no_head' }[];
}

/**
 * The applicant's reporting line, nearest head first. A department the applicant heads is passed
 * over (a head applying goes to the level above), and so is one whose head seat is empty, so that a
 * vacancy escalates rather than stalls. A virtual department (应届大学生) is headed by the position it
 * names, and its line continues from that position's own department. The visited set makes a
 * malformed tree (a parent cycle) end the walk instead of looping.
 */
export function departmentChain(ix: OrgIndex, applicantId: string): DepartmentChain {
  const applicant = ix.user.get(applicantId);
  const levels: ChainLevel[] = [];
  const passed: DepartmentChain['passed'] = [];
  if (!applicant) return { levels, passed };

  const visited = new Set<string>();
  const seenHeads = new Set<string>();
  let current = ix.department.get(applicant.departmentId);
  while (current && !visited.has(current.id)) {
    visited.add(current.id);
    const positions = headPositions(ix, current.id);
    const users = holdersOf(ix, positions);
    const key = users.map((u) => u.id).join(',');
    if (users.some((u) => u.id === applicantId)) passed.push({ department: current, why: 'applicant_is_head' });
    else if (users.length === 0) passed.push({ department: current, why: 'no_head' });
    else if (!seenHeads.has(key)) {
      // The same people heading two rungs (a virtual department and its head's own one) count once.
      seenHeads.add(key);
      levels.push({ department: current, positions, users });
    }
    current = nextUp(ix, current);
  }
  return { levels, passed };
}

function nextUp(ix: OrgIndex, dept: Department): Department | undefined {
  if (dept.virtual) {
    const head = dept.headPositionId ? ix.position.get(dept.headPositionId) : undefined;
    if (head) return ix.department.get(head.departmentId);
  }
  return dept.parentId ? ix.department.get(dept.parentId) : undefined;
}
