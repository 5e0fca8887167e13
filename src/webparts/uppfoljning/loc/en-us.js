define([], function () {
  return {
    PropertyPaneDescription: "Scorecard for call-offs: volume, rank-1 share, lead times and participants.",
    BasicGroupName: "Settings",
    siteUrlLabel: "Site with the lists",
    siteUrlDescription: "Leave empty for this site. Otherwise e.g. https://region.sharepoint.com/sites/utbildning"
  };
});
