// What a SharePoint page writes inline, read from a JSON block instead: the page's strict
// Content-Security-Policy allows no inline script.
(function () {
  var data = JSON.parse(document.getElementById('spfx-preloaded-data').textContent);
  window._spPageContextInfo = data.spPageContextInfo;
  window.spClientSidePageContext = data;
  // Fluent UI registers Segoe UI from Microsoft's font CDN unless told where fonts live; an empty
  // base turns that off, so the page asks no other host for anything.
  window.FabricConfig = Object.assign({}, window.FabricConfig, { fontBaseUrl: '' });
})();
