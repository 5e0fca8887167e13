// A component SharePoint's CDN serves but npm does not ship (Fluent UI v9 pieces and small internal
// helpers of the property pane and web part base). Modules that import one run with this in its
// place: every export is a callable that answers with itself, so a module can set itself up; a
// feature that really used one would show nothing instead of its UI.
define([], function () {
  'use strict';
  var standIn;
  var target = function () {
    return standIn;
  };
  standIn = new Proxy(target, {
    get: function (t, key) {
      if (key === '__esModule') return true;
      if (key === Symbol.toPrimitive) return function () { return ''; };
      if (key === 'then') return undefined;
      if (key === 'toString' || key === 'valueOf') return function () { return ''; };
      return standIn;
    },
    apply: function () {
      return standIn;
    },
    construct: function () {
      return standIn;
    }
  });
  return standIn;
});
