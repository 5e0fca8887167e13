// SPFx loc files are AMD modules (`define([], function () { return {...}; })`) that the SPFx loader
// resolves by name at run time. Jest speaks CommonJS, so the factory's result becomes module.exports.
module.exports = {
  process(source) {
    return { code: `var define = function (_deps, factory) { module.exports = factory(); };\n${source}` };
  }
};
