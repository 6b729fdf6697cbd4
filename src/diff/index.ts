export * from './audience';
export * from './compare';
export * from './lines';
export * from './markdown';
export * from './resolve';
export * from './snapshot';
export * from './text';
