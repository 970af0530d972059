export { FormulaEditor, type FormulaEditorProps } from './FormulaEditor';
export { parseFormula, type ParsedFormula, type TextProblem } from './parse-formula';
export { printFormula } from './print-formula';
export { reviewFormula, type EditorProblem, type FormulaReview, type FormulaTarget } from './review-formula';
export type { NameScope } from './formula-names';
