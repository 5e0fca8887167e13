export { provisionSite } from './provisionSite';
export type { ProvisionOptions, ProvisionProgress } from './provisionSite';
export { inspectSite } from './inspectSite';
export type { SiteState } from './siteState';
export type { ProvisionReport } from './report';
export { fieldSchemaXml } from './fieldSchemaXml';
