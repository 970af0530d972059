import type { Localized } from '@signoff/schema';
import type { UnplacedCode, UnplacedReason } from './route-text-result.js';

/** The zh/en text of each reason a word is left unplaced; `word` is the text itself. */
export function unplacedReason(code: UnplacedCode, word: string, detail?: Localized): UnplacedReason {
  switch (code) {
    case 'unknown_word':
      return {
        code,
        zh: `「${word}」不是本企业组织中的部门、岗位或审批用语`,
        en: `"${word}" is not a department, position or approval word of this company's org`,
      };
    case 'unknown_position':
      return {
        code,
        zh: `本企业组织中没有岗位「${word}」${detail ? `（${detail.zh}）` : ''}`,
        en: `This company's org has no position "${word}"${detail ? ` (${detail.en})` : ''}`,
      };
    case 'verb_without_approver':
      return {
        code,
        zh: `「${word}」前面没有审批人，或与上一步的用语冲突`,
        en: `"${word}" has no approver before it, or contradicts the step before`,
      };
    case 'ambiguous_kind':
      return {
        code,
        zh: `「${word}」是同一步骤的另一种方式，文字没有说明何时用哪种；已按${detail?.zh ?? '前一种'}放入`,
        en: `"${word}" is another kind for the same step and the text does not say when each applies; placed as ${detail?.en ?? 'the first'}`,
      };
    case 'condition_without_field':
      return {
        code,
        zh: `条件「${word}」在表单中没有对应的字段${detail ? `（${detail.zh}）` : ''}`,
        en: `The condition "${word}" matches no field of the form${detail ? ` (${detail.en})` : ''}`,
      };
    case 'person_name':
      return {
        code,
        zh: `「${word}」像是人名：审批人按岗位确定，不指定具体的人`,
        en: `"${word}" looks like a person's name: approvers are found by position, never named people`,
      };
    case 'unreachable_alternative':
      return {
        code,
        zh: `分支「${word}」的条件读不出来，其中的步骤未放入流程`,
        en: `The condition of the alternative "${word}" could not be read, so its steps are left out`,
      };
  }
}
