/**
 * A virtual position: who approves, described by relation to the applicant, never by name,
 * so that staff changes do not redraw routes.
 */
export type ApproverExpression =
  | { kind: 'deptHead'; level: number }
  | { kind: 'supervisingLeader'; by: 'department' | 'category'; field?: string }
  | { kind: 'position'; name: string }
  | { kind: 'departmentHead'; name: string }
  | { kind: 'role'; name: string }
  | { kind: 'user'; id: string }
  | { kind: 'formUser'; field: string }
  | { kind: 'chosenBySubmitter' }
  | { kind: 'union'; of: ApproverExpression[] };
