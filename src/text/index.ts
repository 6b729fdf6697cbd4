export * from './escape-control';
export * from './formula';
