export * from './archive';
export * from './archive-list';
export * from './atomic';
export * from './editions';
export * from './register';
export * from './versions';
export * from './sites';
export * from './notices';
