define([], function () {
  return {
    PropertyPaneDescription: "Styrkort med mätetal för avropen: antal, andel till rang 1, ledtider och deltagare.",
    BasicGroupName: "Inställningar",
    siteUrlLabel: "Webbplats med listorna",
    siteUrlDescription: "Lämna tomt för den här webbplatsen. Annars t.ex. https://region.sharepoint.com/sites/utbildning"
  };
});
