declare interface IBaselineWebPartStrings {
  ButtonText: string;
}

declare module 'BaselineWebPartStrings' {
  const strings: IBaselineWebPartStrings;
  export = strings;
}
