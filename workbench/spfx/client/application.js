// The page's application component: SPFx starts the component that preloaded data names as
// clientSideApplicationId, and it must extend BaseApplication. It places one web part with
// sp-webpart-base's own web part manager, as a SharePoint page's canvas does.
define(['@microsoft/sp-application-base', '@microsoft/sp-webpart-base', '@microsoft/sp-core-library'], function (appBase, webPartBase, core) {
  'use strict';
  class WorkbenchApplication extends appBase.BaseApplication {
    _getPageChromeProvider() {
      return undefined;
    }

    // SPFx's ApplicationManager renders an application through its page chrome (suite nav, app bar),
    // which npm does not ship, or for a few of Microsoft's own application ids; this application
    // has no chrome and renders its canvas once it has loaded.
    _load(contextParameters) {
      var self = this;
      return super._load(contextParameters).then(function (result) {
        self.onRender();
        return result;
      });
    }

    onRender() {
      var data = window.spClientSidePageContext;
      var settings = data.workbench;
      var canvas = document.createElement('main');
      canvas.id = 'spfx-canvas';
      document.getElementById('spPageChromeAppDiv').appendChild(canvas);
      var host = new webPartBase._MinimalWebPartHost(this.context.serviceScope);
      var manager = new webPartBase._ClientSideWebPartManager(host);
      window.__spfxWebPartManager = manager;
      var serviceScope = this.context.serviceScope;
      var displayMode = settings.edit ? core.DisplayMode.Edit : core.DisplayMode.Read;
      var loads = settings.webPartIds.map(function (id, index) {
        var manifest = data.manifests.filter(function (m) {
          return m.id === id;
        })[0];
        var zone = document.createElement('div');
        zone.className = 'CanvasZone';
        canvas.appendChild(zone);
        // Instance ids only need to be stable per page; the index keeps them apart on "Alla".
        var instanceId = '3f6c2b1a-8d4e-4c7f-9a2b-1e5d6c7f8a9' + index;
        var entry = manifest.preconfiguredEntries[0];
        return manager
          .loadWebPart({
            domElement: zone,
            instanceId: instanceId,
            manifest: manifest,
            displayMode: displayMode,
            serviceScope: serviceScope,
            webPartData: { id: manifest.id, instanceId: instanceId, title: entry.title.default, dataVersion: '1.0', properties: Object.assign({}, entry.properties) }
          })
          .then(function () {
            return instanceId;
          });
      });
      Promise.all(loads)
        .then(function (instanceIds) {
          document.body.setAttribute('data-spfx-ready', 'true');
          if (settings.edit) manager.requestPropertyPaneAction(instanceIds[0], 'Open');
        })
        .catch(function (error) {
          document.body.setAttribute('data-spfx-failed', 'true');
          console.error('Web part failed', error);
        });
    }
  }
  return { default: WorkbenchApplication };
});
