// The data layer's public surface: the only code that knows SharePoint.
export * from './ports';
export * from './errors';
export { KeyIdMap } from './catalogueIds';
export type { CatalogueIds, CatalogueLookup } from './catalogueIds';
export { SpCatalogueRepository, buildCatalogue } from './catalogueRepository';
export type { LoadedCatalogue } from './catalogueRepository';
export { SpOrderRepository, ORDERS_PER_PAGE } from './orderRepository';
export { SpUserContext, listRightsOf, isSiteOwnerMask } from './userContext';
export { createBrowserSp, IncludeCredentials, withSafeRetries } from './createSp';
export { RequestRetry } from './requestRetry';
export { hasPermission, maskOf } from './permissions';
export type { BasePermissions } from './permissions';
export { provisionalReference, isProvisionalReference } from './reference';
export * from './mapping/catalogue';
export * from './mapping/order';
export * from './mapping/event';
export type { SpItem, LookupValue } from './mapping/values';
export * from './provisioning';
