define([], function () {
  return {
    PropertyPaneDescription: "Set up the lists and review the rankings.",
    BasicGroupName: "Settings",
    siteUrlLabel: "Site with the lists",
    siteUrlDescription: "Leave empty for this site. Otherwise e.g. https://region.sharepoint.com/sites/utbildning"
  };
});
