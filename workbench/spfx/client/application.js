// The page's application component: SPFx starts the component that preloaded data names as
// clientSideApplicationId, and it must extend BaseApplication. It places the web parts with
// sp-webpart-base's own web part manager, one section each, as a SharePoint page's canvas does:
// each section has a child ServiceScope with its own ThemeProvider, which carries the section's
// background (theme variant) and tells its web parts when it changes
// (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/web-parts/guidance/supporting-section-backgrounds).
define(['@microsoft/sp-application-base', '@microsoft/sp-webpart-base', '@microsoft/sp-core-library', '@microsoft/sp-component-base', '@microsoft/sp-loader'], function (appBase, webPartBase, core, componentBase, loader) {
  'use strict';

  // SharePoint's default theme; a section's background is a variant of the page's theme.
  var PALETTE = {
    themePrimary: '#0078d4', themeLighterAlt: '#eff6fc', themeLighter: '#deecf9', themeLight: '#c7e0f4',
    themeTertiary: '#71afe5', themeSecondary: '#2b88d8', themeDarkAlt: '#106ebe', themeDark: '#005a9e',
    themeDarker: '#004578', neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9',
    neutralQuaternaryAlt: '#e1dfdd', neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4',
    neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  };

  /** The theme a section with this background hands its web parts; none: the page's own (no variant). */
  function sectionTheme(variant) {
    var p = PALETTE;
    if (variant === 'neutral') return themeOf(Object.assign({}, p, { white: p.neutralLighter }), false, p.neutralLighter, p.neutralPrimary);
    if (variant === 'soft') return themeOf(Object.assign({}, p, { white: p.themeLighterAlt }), false, p.themeLighterAlt, p.neutralPrimary);
    if (variant === 'strong') {
      // Inverted: the theme colour is the background and the text is white.
      var strong = Object.assign({}, p, {
        white: p.themePrimary, neutralLighterAlt: p.themeDarkAlt, neutralLighter: p.themeDark, neutralLight: p.themeDark,
        neutralQuaternaryAlt: p.themeDarker, neutralQuaternary: p.themeDarker, neutralTertiaryAlt: p.themeLight,
        neutralTertiary: p.themeLighter, neutralSecondary: p.themeLighterAlt, neutralPrimaryAlt: '#ffffff',
        neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff',
        themePrimary: '#ffffff', themeDarkAlt: p.themeLighterAlt, themeDark: p.themeLighterAlt, themeDarker: '#ffffff',
        themeLighterAlt: p.themeDarker, themeLighter: p.themeDark, themeLight: p.themeDarkAlt, themeSecondary: p.themeLighter, themeTertiary: p.themeLight
      });
      return themeOf(strong, true, p.themePrimary, '#ffffff');
    }
    return undefined;
  }

  function themeOf(palette, isInverted, background, text) {
    return {
      palette: palette,
      isInverted: isInverted,
      semanticColors: { bodyBackground: background, bodyText: text, bodyFrameBackground: background, bodyStandoutBackground: background },
      fonts: {},
      effects: {}
    };
  }

  /** What a Teams tab's host hands a web part: the TeamsJS SDK's app.getContext() with the tab's page ids. */
  function teamsHostClass(settings) {
    var sdk = {
      app: {
        getContext: function () {
          return Promise.resolve({
            app: { locale: settings.lang, theme: 'default', host: { name: 'Teams', clientType: 'web' }, sessionId: 'workbench' },
            page: { id: 'utbildningsavrop', subPageId: settings.teamsSubPage, frameContext: 'content' },
            user: { loginHint: window._spPageContextInfo.userLoginName }
          });
        }
      }
    };
    return class TeamsTabHost extends webPartBase._MinimalWebPartHost {
      getAdditionalContextProperties() {
        return { microsoftTeams: { teamsJs: sdk, context: { entityId: 'utbildningsavrop', subEntityId: settings.teamsSubPage, locale: settings.lang } } };
      }
    };
  }

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
      var Host = settings.teamsSubPage ? teamsHostClass(settings) : webPartBase._MinimalWebPartHost;
      var host = new Host(this.context.serviceScope);
      var manager = new webPartBase._ClientSideWebPartManager(host);
      var sections = [];
      window.__spfxWebPartManager = manager;
      // For people and tests: change a section's background later, as an author does in edit mode.
      window.__spfxWorkbench = {
        setSectionBackground: function (index, variant) {
          var section = sections[index];
          var theme = sectionTheme(variant);
          paint(section.zone, theme);
          if (theme) section.themeProvider._setTheme(theme);
          else section.themeProvider._clearTheme();
        }
      };
      var pageScope = this.context.serviceScope;
      var displayMode = settings.edit ? core.DisplayMode.Edit : core.DisplayMode.Read;
      var loads = settings.webPartIds.map(function (id, index) {
        var zone = document.createElement('div');
        zone.className = 'CanvasZone';
        zone.setAttribute('data-section', String(index));
        canvas.appendChild(zone);
        var scope = pageScope.startNewChild();
        var themeProvider = scope.createAndProvide(componentBase.ThemeProvider.serviceKey, componentBase.ThemeProvider);
        scope.finish();
        var theme = sectionTheme(settings.section);
        if (theme) themeProvider._setTheme(theme);
        paint(zone, theme);
        sections.push({ zone: zone, themeProvider: themeProvider });
        // Instance ids only need to be stable per page; the index keeps them apart on "Alla".
        var instanceId = '3f6c2b1a-8d4e-4c7f-9a2b-1e5d6c7f8a9' + index;
        return manifestOf(data, id).then(function (manifest) {
          var entry = manifest.preconfiguredEntries[0];
          return manager.loadWebPart({
            domElement: zone,
            instanceId: instanceId,
            manifest: manifest,
            displayMode: displayMode,
            serviceScope: scope,
            webPartData: { id: manifest.id, instanceId: instanceId, title: entry.title.default, dataVersion: '1.0', properties: Object.assign({}, entry.properties) }
          });
        }).then(function () {
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

  /** The page's manifest for a web part, else the one SPFx's loader gets from the web (GetClientSideComponents). */
  function manifestOf(data, id) {
    var preloaded = data.manifests.filter(function (m) {
      return m.id === id;
    })[0];
    if (preloaded) return Promise.resolve(preloaded);
    return loader.SPComponentLoader.loadComponentById(id).then(function () {
      return loader.SPComponentLoader.getManifests().filter(function (m) {
        return m.id === id;
      })[0];
    });
  }

  /** The section itself shows its background, as SharePoint's canvas paints a section. */
  function paint(zone, theme) {
    zone.style.background = theme ? theme.semanticColors.bodyBackground : '';
    zone.setAttribute('data-section-background', theme ? theme.semanticColors.bodyBackground : 'none');
  }

  return { default: WorkbenchApplication };
});
