// The package's index pulls in SharePoint-internal modules that npm does not ship (@msinternal/*),
// so Jest takes the field factories from their own files: Microsoft's code, without the rest.
const base = '@microsoft/sp-property-pane/lib-commonjs/propertyPaneFields';
module.exports = {
  ...require(`${base}/propertyPaneField/IPropertyPaneField`),
  ...require(`${base}/propertyPaneTextField/PropertyPaneTextField`)
};
