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
    // `npm run bench` reads which chunks each web part loads from webpack's stats: BENCH_STATS=<file>
    // names the file; without it every build leaves them in temp/webpack-stats.json, so the bench can
    // measure the dist/ that `npm test` already built instead of building again.
    const statsFile = process.env.BENCH_STATS || require('path').join(__dirname, 'temp', 'webpack-stats.json');
    config.plugins = config.plugins || [];
    config.plugins.push({
      apply(compiler) {
        compiler.hooks.done.tap('BenchStats', (stats) => {
          const json = stats.toJson({ all: false, assets: true, chunks: true, chunkGroups: true, entrypoints: true, namedChunkGroups: true, ids: true });
          require('fs').mkdirSync(require('path').dirname(statsFile), { recursive: true });
          require('fs').writeFileSync(statsFile, JSON.stringify(json));
        });
      }
    });
    return config;
  }
});

build.initialize(require('gulp'));
