import type { AccessLevel, AccessSource, TemplateGrant } from '@signoff/org';
import type { TFunction } from 'i18next';
import { principalName, sourceFolder, type AccessFacts, type StoredGrant } from './access-model';

/** "管理者" / "无权限": a tier's word, `null` being no access. */
export const levelWord = (t: TFunction, level: AccessLevel | null): string =>
  t(`adminTemplates.level.${level ?? 'none'}`);

/** "部门 财务部", "所有人": whom a grant names. */
export function grantWho(t: TFunction, facts: AccessFacts, g: TemplateGrant): string {
  const everyone = t('adminTemplates.principal.everyone');
  if (g.principalType === 'everyone') return everyone;
  return `${t(`adminTemplates.principal.${g.principalType}`)} ${principalName(facts, g, everyone)}`;
}

/** Why a person holds their tier: admin, open, "继承自 财务类：部门 财务部", or no grant. */
export function sourceWords(t: TFunction, facts: AccessFacts, source: AccessSource<StoredGrant>): string {
  if (source.kind === 'admin') return t('adminTemplates.who.admin');
  if (source.kind === 'open') return t('adminTemplates.who.openSource');
  if (source.kind === 'none') return t('adminTemplates.who.noneSource');
  const principal = grantWho(t, facts, source.grant);
  const folder = sourceFolder(facts, source);
  return folder && source.inherited
    ? t('adminTemplates.who.inheritedFrom', { folder: folder.name, principal })
    : t('adminTemplates.who.direct', { principal });
}

export const LEVELS: readonly AccessLevel[] = ['manager', 'editor', 'author', 'reader'];
