define([], function () {
  return {
    PropertyPaneDescription: "Beställ utbildning från ramavtalet och följ dina avrop.",
    BasicGroupName: "Inställningar",
    siteUrlLabel: "Webbplats med listorna",
    siteUrlDescription: "Lämna tomt för den här webbplatsen. Annars t.ex. https://region.sharepoint.com/sites/utbildning",
    catalogPageUrlLabel: "Sida med avtalskatalogen",
    catalogPageUrlDescription: "Sidan där avtalskatalogen finns, t.ex. https://region.sharepoint.com/sites/utbildning/SitePages/Avtalskatalog.aspx"
  };
});
