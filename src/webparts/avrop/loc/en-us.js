define([], function () {
  return {
    PropertyPaneDescription: "Order training from the framework agreement and follow your orders.",
    BasicGroupName: "Settings",
    siteUrlLabel: "Site with the lists",
    siteUrlDescription: "Leave empty for this site. Otherwise e.g. https://region.sharepoint.com/sites/utbildning",
    catalogPageUrlLabel: "Page with the catalogue",
    catalogPageUrlDescription: "The page that holds the catalogue, e.g. https://region.sharepoint.com/sites/utbildning/SitePages/Avtalskatalog.aspx"
  };
});
