'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// Tests run with Jest from tests/ (npm test); the gulp toolchain only builds and packages.
build.tslintCmd && (build.tslintCmd.enabled = false);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    // The five web part bundles share their chunks and one chunk-loading global on a page, but each
    // has its own webpack runtime; with exports tree-shaken per runtime (SPFx's production default)
    // one module id gets different code in different chunks, and on a page with several of these web
    // parts a chunk loaded by one runtime overwrites the others' copy ("Cannot read properties of
    // undefined" in a Fluent UI module). One set of used exports for all runtimes keeps every copy
    // identical. https://github.com/webpack/webpack/issues/13489, https://github.com/webpack/webpack/pull/11235
    config.optimization = Object.assign({}, config.optimization, config.mode === 'production' ? { usedExports: 'global' } : {});
    // `npm run bench` sets BENCH_STATS=<file> to learn which chunks each web part loads; unset, nothing changes.
    if (process.env.BENCH_STATS) {
      config.plugins = config.plugins || [];
      config.plugins.push({
        apply(compiler) {
          compiler.hooks.done.tap('BenchStats', (stats) => {
            const json = stats.toJson({ all: false, assets: true, chunks: true, chunkGroups: true, entrypoints: true, namedChunkGroups: true, ids: true });
            require('fs').writeFileSync(process.env.BENCH_STATS, JSON.stringify(json));
          });
        }
      });
    }
    return config;
  }
});

build.initialize(require('gulp'));
