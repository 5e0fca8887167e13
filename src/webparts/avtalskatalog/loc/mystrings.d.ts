declare interface IAvtalskatalogWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  siteUrlLabel: string;
  larportalenUrlLabel: string;
  avtalskatalogUrlLabel: string;
  orderPageUrlLabel: string;
  siteUrlDescription: string;
  larportalenUrlDescription: string;
  avtalskatalogUrlDescription: string;
  orderPageUrlDescription: string;
}

declare module 'AvtalskatalogWebPartStrings' {
  const strings: IAvtalskatalogWebPartStrings;
  export = strings;
}
