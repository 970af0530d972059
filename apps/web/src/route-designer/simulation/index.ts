// The route designer's simulator: the panel, the lit path it reports, and the saved cases the route page checks before publishing.
export { SimulationPanel, type SimulationMemory, type SimulationPanelProps } from './SimulationPanel';
export type { LitPath } from './lit-path';
export { useSimulationCases, type SimulationCases } from './use-simulation-cases';
export type { CaseResult, SavedCase } from './case-result';
export type { SimulationOrg, SimulationApplicant } from './simulation-org';
