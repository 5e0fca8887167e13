// A Fluent UI component name SharePoint's CDN serves (e.g. "@msinternal/sp-fluentui-v9-button-bundle"):
// the shared Fluent UI bundle this page has already loaded once.
define(['fluent'], function (fluent) {
  'use strict';
  return fluent;
});
