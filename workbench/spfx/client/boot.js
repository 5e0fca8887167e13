// Starts SPFx the way a SharePoint page does once the assembly script has run.
(function () {
  window.__spfxErrors = [];
  // Telemetry would post to Microsoft's collectors (and load a 1DS chunk npm does not ship); the
  // debug loader switches it off the same way.
  window.spModuleLoader._isTelemetryDisabled = true;
  window.moduleLoaderPromise = window.spModuleLoader.start(window.spClientSidePageContext, function (error) {
    window.__spfxErrors.push(String((error && error.message) || error));
    document.body.setAttribute('data-spfx-failed', 'true');
    console.error('SPFx could not start', error);
  });
})();
