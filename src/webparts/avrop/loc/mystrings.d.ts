declare interface IAvropWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  siteUrlLabel: string;
  catalogPageUrlLabel: string;
  siteUrlDescription: string;
  catalogPageUrlDescription: string;
}

declare module 'AvropWebPartStrings' {
  const strings: IAvropWebPartStrings;
  export = strings;
}
