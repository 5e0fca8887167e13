export * from './types';
export * from './lists';
export * from './permissions';
