define([], function () {
  return {
    PropertyPaneDescription: "Skicka avrop till leverantörer i rangordning och registrera svaren.",
    BasicGroupName: "Inställningar",
    siteUrlLabel: "Webbplats med listorna",
    siteUrlDescription: "Lämna tomt för den här webbplatsen. Annars t.ex. https://region.sharepoint.com/sites/utbildning"
  };
});
