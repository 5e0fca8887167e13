define([], function () {
  return {
    PropertyPaneDescription: "Ramavtalets avtalsområden, utbildningsområden och leverantörer i rangordning.",
    BasicGroupName: "Inställningar",
    siteUrlLabel: "Webbplats med listorna",
    siteUrlDescription: "Lämna tomt för den här webbplatsen. Annars t.ex. https://region.sharepoint.com/sites/utbildning",
    larportalenUrlLabel: "Länk till Lärportalen",
    larportalenUrlDescription: "",
    avtalskatalogUrlLabel: "Länk till Avtalskatalogen",
    avtalskatalogUrlDescription: "",
    orderPageUrlLabel: "Sida med avropsformuläret",
    orderPageUrlDescription: "Lämna tomt för att öppna formuläret på samma sida."
  };
});
