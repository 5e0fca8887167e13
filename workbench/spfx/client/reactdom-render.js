// SharePoint's "sp-fluentui-migration-reactdom-render-bundle": the property pane renders itself
// through its render(); on React 17 that is ReactDOM.render.
define(['react-dom'], function (ReactDOM) {
  'use strict';
  return {
    render: function (element, container, callback) {
      return ReactDOM.render(element, container, callback);
    },
    unmountComponentAtNode: function (container) {
      return ReactDOM.unmountComponentAtNode(container);
    }
  };
});
