define([], function () {
  return {
    PropertyPaneDescription: "Installera listorna och granska rangordningen.",
    BasicGroupName: "Inställningar",
    siteUrlLabel: "Webbplats med listorna",
    siteUrlDescription: "Lämna tomt för den här webbplatsen. Annars t.ex. https://region.sharepoint.com/sites/utbildning"
  };
});
