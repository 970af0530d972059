import type { FlowNode } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import type { RouteCommandProblem, RouteCommandProblemCode } from './route-command.js';

const problem = (code: RouteCommandProblemCode, zh: string, en: string): RouteCommandProblem => ({
  code,
  message: { zh, en },
});

/** A node as messages quote it: its name, else its id. */
function label(node: FlowNode | undefined, id: string): Localized {
  const raw = node?.name as Partial<Localized> | undefined;
  const zh = typeof raw?.zh === 'string' && raw.zh !== '' ? raw.zh : id;
  const en = typeof raw?.en === 'string' && raw.en !== '' ? raw.en : zh;
  return { zh: `「${zh}」`, en: `"${en}"` };
}

const quote = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** Every refusal of a route command in one place, so the wording stays consistent. */
export const refuseRoute = {
  invalidCommand: (): RouteCommandProblem =>
    problem('invalid_command', '无法识别的流程操作', 'This is not a route designer command'),
  invalidFlow: (): RouteCommandProblem =>
    problem(
      'invalid_flow',
      '流程定义不完整：每个节点须有唯一的编号和类型，每条连线须有唯一的编号和起止节点。请在 JSON 视图中修正',
      'The route is not complete: every node needs a unique id and a type, every edge a unique id and two ends. Fix it in the JSON view',
    ),
  unknownNode: (id: unknown): RouteCommandProblem =>
    problem('unknown_node', `流程中没有节点「${quote(id)}」`, `The route has no node "${quote(id)}"`),
  unknownEdge: (id: unknown): RouteCommandProblem =>
    problem('unknown_edge', `流程中没有连线「${quote(id)}」`, `The route has no edge "${quote(id)}"`),
  dangling: (id: string): RouteCommandProblem =>
    problem(
      'unknown_edge',
      `连线「${id}」的起点或终点不存在，无法在上面添加节点`,
      `The edge "${id}" starts or ends at a node that does not exist; no node can be added on it`,
    ),
  endsFixed: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return node.type === 'start'
      ? problem('not_removable', `开始节点${l.zh}不能删除`, `The start node ${l.en} cannot be removed`)
      : problem('not_removable', `结束节点${l.zh}不能删除`, `The end node ${l.en} cannot be removed`);
  },
  joinHasNoWayOut: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem(
      'not_removable',
      `汇聚节点${l.zh}后面没有唯一的后续节点，无法删除整个并行分支`,
      `The join ${l.en} does not lead on to exactly one node, so the parallel block cannot be removed`,
    );
  },
  notABlock: (node: FlowNode | undefined, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem(
      'not_a_block',
      `${l.zh}不是条件分支或并行节点`,
      `${l.en} is neither a branch nor a parallel split`,
    );
  },
  neverMeets: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem(
      'not_a_block',
      `${l.zh}的各条分支没有汇合到同一个节点，请逐条删除分支`,
      `The paths of ${l.en} never meet again at one node; remove them one by one`,
    );
  },
  lastPath: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return node.type === 'branch'
      ? problem(
          'last_path',
          `条件分支${l.zh}至少需要一条条件分支和默认分支；如不再需要，请删除整个条件分支`,
          `The branch ${l.en} needs at least one conditional path besides the default; remove the whole branch instead`,
        )
      : problem(
          'last_path',
          `并行节点${l.zh}至少需要两条分支；如不再需要，请删除整个并行节点`,
          `The parallel split ${l.en} needs at least two lanes; remove the whole split instead`,
        );
  },
  defaultPath: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem(
      'default_path',
      `条件分支${l.zh}的默认分支不能删除`,
      `The default path of the branch ${l.en} cannot be removed`,
    );
  },
  badOrder: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem(
      'bad_order',
      `新的顺序须恰好列出条件分支${l.zh}的每条条件连线各一次（默认分支除外）`,
      `The new order must list every conditional edge of the branch ${l.en} exactly once (not the default)`,
    );
  },
  notBranchEdge: (id: string): RouteCommandProblem =>
    problem(
      'not_applicable',
      `连线「${id}」不是从条件分支的非默认分支连出的，不能设置条件`,
      `The edge "${id}" is not a conditional path of a branch, so it cannot carry a condition`,
    ),
  noApprovers: (node: FlowNode, id: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem('not_applicable', `${l.zh}没有审批人可设置`, `${l.en} has no approvers to set`);
  },
  noSetting: (node: FlowNode, id: string, key: string): RouteCommandProblem => {
    const l = label(node, id);
    return problem('not_applicable', `${l.zh}没有设置项「${key}」`, `${l.en} has no setting "${key}"`);
  },
};
