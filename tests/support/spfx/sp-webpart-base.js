// Only enough of the web part base class to read a web part's property pane without a page:
// the real one needs SPFx's host and @msinternal/* modules that npm does not ship. The real class
// runs in the browser tests over the SPFx runtime.
class BaseClientSideWebPart {}
module.exports = { BaseClientSideWebPart };
