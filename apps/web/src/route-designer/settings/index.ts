export { useRouteOrg, type RouteOrg, type RouteOrgUser } from './route-org';
export { approverInWords, isFragileApprover, type ApproverWordsContext } from './approver-in-words';
export { ApproverPicker, type ApproverPickerProps } from './ApproverPicker';
export { NodeSettingsPanel, type NodeSettingsPanelProps } from './NodeSettingsPanel';
export { EdgeSettingsPanel, type EdgeSettingsPanelProps } from './EdgeSettingsPanel';
