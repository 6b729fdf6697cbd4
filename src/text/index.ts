export * from './escape-control';
