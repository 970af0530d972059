import type { ApproverExpression, OrgSnapshot } from '@signoff/org';
import type { Condition } from '@signoff/schema';
import type { RouteTextStepKind } from './route-text-result.js';

/** Who a word names: an approver expression, the positions to show for it, and an English name. */
export interface Actor {
  approvers: ApproverExpression;
  positions: string[];
  en: string;
  /** 部门经理 as a step: passed over when the applicant holds a head seat (docs/template-format.md) */
  headCheck?: boolean;
}

export type Lexeme =
  | { type: 'actor'; actor: Actor }
  /** a position word the tenant's org does not have (总经理 in a company without one) */
  | { type: 'unknownActor'; name: string }
  | { type: 'verb'; kind: RouteTextStepKind; en: string }
  /** a whole step in one word: 加盖印章, 司机出车; `actor` undefined when the org has nobody for it */
  | { type: 'handler'; actor: Actor | undefined; en: string }
  | { type: 'applicant' }
  /** what the applicant does: 填写, 提出申请 */
  | { type: 'applicantAction' }
  /** the applicant carries the approved request out: no step (执行审批文件) */
  | { type: 'noStep' }
  /** what a step looks at (审核预算): part of the step's name */
  | { type: 'object' }
  /** 内容分类：… naming every option of a field: a description, not a condition */
  | { type: 'fieldNote' }
  /** 内容分类：Δ营销方案类合同、Δ广告类合同: the next step only for these options */
  | { type: 'fieldFilter'; condition: Condition };

export interface Vocabulary {
  words: Map<string, Lexeme>;
  longest: number;
  /** position names that head a department, for the 部门经理 check */
  headPositions: string[];
}

const APPROVE_VERBS: Record<string, string> = {
  审核: 'reviews',
  审批: 'approves',
  签字: 'signs',
  批示: 'instructs',
  批准: 'approves',
  审定: 'approves',
  审阅: 'reviews',
  复核: 'rechecks',
  核准: 'approves',
  会签: 'countersigns',
  签批: 'approves',
  汇总: 'collates',
  审: 'reviews',
  批: 'approves',
};
const NOTIFY_VERBS: Record<string, string> = { 备案: 'is copied', 抄送: 'is copied', 知会: 'is informed' };
const HANDLE_VERBS: Record<string, string> = { 办理: 'handles', 执行: 'carries out', 落实: 'carries out' };

// 部门负经理: seed 000 writes it once (请休假管理) for 部门经理
const DEPT_HEAD_WORDS = [
  '部门负责人',
  '部门经理',
  '部门主管',
  '部门领导',
  '申请部门负责人',
  '申请部门经理',
  '部门负经理',
];
/** the applicant's line manager as the org rule has it: a head applying goes one level up */
const LINE_MANAGER_WORDS = ['上级领导', '直属上级', '直接上级'];
const SUPERVISOR_WORDS = ['分管领导', '分管副总', '主管领导', '分管副总经理'];
const TOP_WORDS = ['董事长', '总经理', '总裁', '副总经理', '执行董事'];
const APPLICANT_WORDS = ['相关人员', '本人', '员工', '申请人', '经办人', '发起人'];
const APPLICANT_ACTIONS = [
  '填写',
  '起草',
  '提出',
  '提出申请',
  '填写申请',
  '统计费用',
  '申请',
  '填报',
  '发起',
];
const OBJECTS = ['预算', '资料', '文件', '单据', '合同'];
const NO_STEP = ['执行审批文件', '相关人员执行', '本人执行', '申请人执行'];

/** Handler words and the position (by a part of its name) that does the work; `admin` falls back to the admins' department head. */
const HANDLERS: { words: string[]; position: string; admin: boolean; en: string }[] = [
  { words: ['加盖印章', '盖章', '盖印', '用印'], position: '印章', admin: true, en: 'Seal' },
  {
    words: ['出纳支付', '财务出纳', '财务支付', '支付', '付款'],
    position: '出纳',
    admin: false,
    en: 'Cashier pays',
  },
  { words: ['司机出车', '出车'], position: '司机', admin: false, en: 'Driver' },
  { words: ['采购执行', '执行采购'], position: '采购', admin: true, en: 'Purchase' },
  { words: ['归档'], position: '档案', admin: true, en: 'File' },
];

/** 综合管理部 → 综合管理, 财务部 → 财务: how people name a department in passing (法务审核). */
const stemOf = (name: string): string | undefined =>
  name.length >= 3 && name.endsWith('部') ? name.slice(0, -1) : undefined;

/**
 * The words a line of route text is read with, built from the tenant's own org: department names,
 * codes and short forms, position names and short forms, then the generic virtual positions,
 * handler words and verbs. Org words win over generic ones, and a short form two things could mean
 * is left out, so an ambiguous word ends up unplaced rather than guessed.
 */
export function buildVocabulary(org: OrgSnapshot): Vocabulary {
  const words = new Map<string, Lexeme>();
  const shortForms = new Set<string>();
  const ambiguous = new Set<string>();
  const add = (word: string, lexeme: Lexeme) => {
    if (word.length > 0 && !words.has(word)) words.set(word, lexeme);
  };
  /** a derived short form: never replaces a full name, and is dropped when two different things claim it */
  const addShort = (word: string, lexeme: Lexeme) => {
    if (ambiguous.has(word)) return;
    const had = words.get(word);
    if (!had) {
      words.set(word, lexeme);
      shortForms.add(word);
    } else if (shortForms.has(word) && JSON.stringify(had) !== JSON.stringify(lexeme)) {
      words.delete(word);
      ambiguous.add(word);
    }
  };

  const headsOf = (deptId: string): string[] => {
    const dept = org.departments.find((d) => d.id === deptId);
    const viaVirtual =
      dept?.virtual && dept.headPositionId ? org.positions.filter((p) => p.id === dept.headPositionId) : [];
    return [...viaVirtual, ...org.positions.filter((p) => p.departmentId === deptId && p.isHead)].map(
      (p) => p.name,
    );
  };
  const deptActor = (name: string, deptId: string): Lexeme => ({
    type: 'actor',
    actor: { approvers: { kind: 'departmentHead', name }, positions: headsOf(deptId), en: `Head of ${name}` },
  });

  for (const p of org.positions)
    add(p.name, {
      type: 'actor',
      actor: { approvers: { kind: 'position', name: p.name }, positions: [p.name], en: p.name },
    });
  for (const d of org.departments) {
    add(d.name, deptActor(d.name, d.id));
    if (d.code) add(d.code, deptActor(d.name, d.id));
  }
  for (const d of org.departments) {
    const lex = deptActor(d.name, d.id);
    for (const form of [d.name, d.code].filter((x): x is string => x !== undefined)) {
      for (const suffix of ['负责人', '经理', '领导', '主管']) addShort(form + suffix, lex);
      const stem = stemOf(form);
      if (!stem) continue;
      addShort(stem, lex);
      for (const suffix of ['部门经理', '部门负责人', '负责人']) addShort(stem + suffix, lex);
      addShort(`${stem}分管领导`, { type: 'actor', actor: supervisor() });
    }
  }
  for (const p of org.positions) {
    const lex: Lexeme = {
      type: 'actor',
      actor: { approvers: { kind: 'position', name: p.name }, positions: [p.name], en: p.name },
    };
    if (p.name.includes('部') && p.name.length >= 4) addShort(p.name.replace('部', ''), lex);
    if (p.name.endsWith('专员') && p.name.length >= 5) addShort(p.name.slice(0, -2), lex);
    const dept = org.departments.find((d) => d.id === p.departmentId);
    const stem = dept ? (stemOf(dept.name) ?? dept.name) : undefined;
    if (stem && p.name.startsWith(stem) && p.name.length - stem.length >= 4)
      addShort(p.name.slice(stem.length), lex);
  }

  for (const w of DEPT_HEAD_WORDS)
    add(w, {
      type: 'actor',
      actor: {
        approvers: { kind: 'deptHead', level: 1 },
        positions: ['部门负责人'],
        en: 'Department head',
        headCheck: true,
      },
    });
  for (const w of LINE_MANAGER_WORDS)
    add(w, {
      type: 'actor',
      actor: { approvers: { kind: 'deptHead', level: 1 }, positions: ['部门负责人'], en: 'Line manager' },
    });
  for (const w of SUPERVISOR_WORDS) add(w, { type: 'actor', actor: supervisor() });
  for (const w of TOP_WORDS) add(w, { type: 'unknownActor', name: w });

  const adminDept = org.users.find((u) => org.adminUserIds.includes(u.id))?.departmentId;
  const adminDeptName = org.departments.find((d) => d.id === adminDept)?.name;
  for (const h of HANDLERS) {
    const position = org.positions.find((p) => p.name.includes(h.position));
    const actor: Actor | undefined = position
      ? {
          approvers: { kind: 'position', name: position.name },
          positions: [position.name],
          en: position.name,
        }
      : h.admin && adminDept && adminDeptName
        ? {
            approvers: { kind: 'departmentHead', name: adminDeptName },
            positions: headsOf(adminDept),
            en: `Head of ${adminDeptName}`,
          }
        : undefined;
    for (const w of h.words) add(w, { type: 'handler', actor, en: h.en });
  }
  for (const [w, en] of Object.entries(APPROVE_VERBS)) add(w, { type: 'verb', kind: 'approve', en });
  for (const [w, en] of Object.entries(NOTIFY_VERBS)) add(w, { type: 'verb', kind: 'notify', en });
  for (const [w, en] of Object.entries(HANDLE_VERBS)) add(w, { type: 'verb', kind: 'handle', en });
  for (const w of APPLICANT_WORDS) add(w, { type: 'applicant' });
  for (const w of APPLICANT_ACTIONS) add(w, { type: 'applicantAction' });
  for (const w of NO_STEP) add(w, { type: 'noStep' });
  for (const w of OBJECTS) add(w, { type: 'object' });

  const longest = Math.max(...[...words.keys()].map((w) => w.length));
  return { words, longest, headPositions: org.positions.filter((p) => p.isHead).map((p) => p.name) };
}

function supervisor(): Actor {
  return {
    approvers: { kind: 'supervisingLeader', by: 'department' },
    positions: ['分管领导'],
    en: 'Supervising leader',
  };
}
