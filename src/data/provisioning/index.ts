export { provisionSite } from './provisionSite';
export type { ProvisionOptions } from './provisionSite';
export type { ProvisionReport } from './report';
export { fieldSchemaXml } from './fieldSchemaXml';
