import type { FormField, Locale } from '@signoff/schema';
import type { TFunction } from 'i18next';
import { describeRule } from '../../form-designer/condition-builder';
import { approverInWords, isFragileApprover, type RouteOrg } from '../settings';
import type { CanvasWords } from './route-canvas-model';

/** The canvas's words in one language: node kinds, approvers (D's wording), conditions (the form designer's). */
export function canvasWords(
  t: TFunction,
  lang: Locale,
  fields: readonly FormField[],
  org: RouteOrg | undefined,
): CanvasWords {
  return {
    pick: (text) => (text ? text[lang] || text.zh : ''),
    kind: (type) => t(`routeDesigner.kinds.${type}`),
    mode: (node) =>
      node.type === 'approve' && node.mode !== 'single' ? t(`routeDesigner.modes.${node.mode}`) : undefined,
    who: (node) => {
      if (node.type === 'start') return { text: t('routeDesigner.canvas.applicant'), fragile: false };
      if (node.type !== 'approve' && node.type !== 'notify' && node.type !== 'handle') return undefined;
      if (typeof node.approvers !== 'object' || node.approvers === null)
        return { text: t('routeDesigner.canvas.noApprover'), fragile: false };
      return {
        text: approverInWords(node.approvers, { fields, org }, lang),
        fragile: isFragileApprover(node.approvers),
      };
    },
    condition: (edge) => {
      if (edge.isDefault) return { text: t('routeDesigner.canvas.defaultPath'), tone: 'default' };
      if (edge.condition === undefined)
        return { text: t('routeDesigner.canvas.setCondition'), tone: 'missing' };
      return { text: describeRule(edge.condition, fields, lang), tone: 'condition' };
    },
    addPath: (node) =>
      node.type === 'branch'
        ? t('routeDesigner.canvas.addPath')
        : node.type === 'parallel'
          ? t('routeDesigner.canvas.addLane')
          : undefined,
  };
}
