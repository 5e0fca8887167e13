// The domain layer's public surface. Everything here is pure TypeScript.
export * from './types';
export * from './errors';
export * from './limits';
export * from './calendar';
export * from './holidays';
export * from './time';
export * from './deadline';
export * from './reference';
export * from './ranking';
export * from './orderability';
export * from './cascade';
export * from './trailAudience';
export * from './validation';
export * from './healthDetails';
export * from './search';
export { joinSwedish } from './swedishText';
export * from './rankingHealth';
export * from './rankingInForce';
