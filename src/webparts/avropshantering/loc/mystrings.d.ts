declare interface IAvropshanteringWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  siteUrlLabel: string;
  siteUrlDescription: string;
}

declare module 'AvropshanteringWebPartStrings' {
  const strings: IAvropshanteringWebPartStrings;
  export = strings;
}
