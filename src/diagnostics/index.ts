export * from './diagnostic';
export * from './format';
