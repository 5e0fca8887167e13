declare interface IUppfoljningWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  siteUrlLabel: string;
  siteUrlDescription: string;
}

declare module 'UppfoljningWebPartStrings' {
  const strings: IUppfoljningWebPartStrings;
  export = strings;
}
