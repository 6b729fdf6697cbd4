export * from './archive';
export * from './csv';
export * from './recipient';
export * from './register';
export * from './register-table';
