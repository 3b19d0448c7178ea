export * from './decision-notice-data';
export * from './decision-notice-html';
export * from './build-decision-notice';
export * from './meeting-decision-notices';
export * from './individual-decision-notice';
