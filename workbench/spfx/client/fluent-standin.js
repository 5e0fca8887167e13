// For components the property pane's chunks ask the web for by id alone (SharePoint's CDN knows
// them; npm has no manifest or name for them): Fluent UI itself, read through. An export named in
// Fluent v8 or v9 is that export; a namespace such as "_Utilities" is the whole v8 bundle.
define(['fluent-v8', 'fluent-v9'], function (v8, v9) {
  'use strict';
  return new Proxy({}, {
    get: function (target, key) {
      if (key === '__esModule') return true;
      if (typeof key !== 'string') return undefined;
      if (key in v8) return v8[key];
      if (key in v9) return v9[key];
      if (key.charAt(0) === '_') return v8;
      return undefined;
    },
    has: function (target, key) {
      return key in v8 || key in v9;
    }
  });
});
