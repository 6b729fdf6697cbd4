export * from './diagnostic';
export * from './format';
export * from './errors';
