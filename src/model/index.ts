export type * from './blocks';
export * from './package';
export * from './section-text';
export * from './data-files';
export * from './markdown';
export * from './answers';
