export * from './forward-plan-entries';
export * from './forward-plan-html';
export * from './build-forward-plan';
