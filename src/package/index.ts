export * from './checksums';
export * from './contents';
export * from './errors';
export * from './hash';
export * from './manifest';
export * from './manifest-read';
export * from './paths';
