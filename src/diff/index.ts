export * from './audience';
export * from './compare';
export * from './lines';
export * from './format-markdown';
export * from './format-text';
