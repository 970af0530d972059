export { ConditionBuilder, type ConditionBuilderProps } from './ConditionBuilder';
export { describeCondition, describeRule } from './describe-condition';
export { operatorsFor, type LeafOp } from './operators';
