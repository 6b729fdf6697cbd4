export * from './diagnostic';
export * from './format';
export * from './errors';
export * from './rules';
