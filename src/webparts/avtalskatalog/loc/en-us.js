define([], function () {
  return {
    PropertyPaneDescription: "The framework agreement areas, training areas and ranked suppliers.",
    BasicGroupName: "Settings",
    siteUrlLabel: "Site with the lists",
    siteUrlDescription: "Leave empty for this site. Otherwise e.g. https://region.sharepoint.com/sites/utbildning",
    larportalenUrlLabel: "Link to Lärportalen",
    larportalenUrlDescription: "",
    avtalskatalogUrlLabel: "Link to Avtalskatalogen",
    avtalskatalogUrlDescription: "",
    orderPageUrlLabel: "Page with the order form",
    orderPageUrlDescription: "Leave empty to open the form on this page."
  };
});
