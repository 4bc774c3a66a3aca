export * from './gate';
export * from './components';
export * from './detection-plan';
export * from './deployment-model';
export * from './deployed';
