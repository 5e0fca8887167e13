declare interface IAdministrationWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  siteUrlLabel: string;
  siteUrlDescription: string;
}

declare module 'AdministrationWebPartStrings' {
  const strings: IAdministrationWebPartStrings;
  export = strings;
}
