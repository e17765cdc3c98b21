export * from './types';
export * from './commitments';
export { dealRiskSignals, DEAL_RISK_RULES } from './deal-risk-signals';
export { cycleDays } from './activity-rules';
