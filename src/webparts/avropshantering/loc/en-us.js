define([], function () {
  return {
    PropertyPaneDescription: "Send orders to suppliers in rank order and record their answers.",
    BasicGroupName: "Settings",
    siteUrlLabel: "Site with the lists",
    siteUrlDescription: "Leave empty for this site. Otherwise e.g. https://region.sharepoint.com/sites/utbildning"
  };
});
