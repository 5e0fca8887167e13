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

// `npm run bench` sets BENCH_STATS=<file> to learn which chunks each web part loads; unset, nothing changes.
if (process.env.BENCH_STATS) {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      config.plugins = config.plugins || [];
      config.plugins.push({
        apply(compiler) {
          compiler.hooks.done.tap('BenchStats', (stats) => {
            const json = stats.toJson({ all: false, assets: true, chunks: true, chunkGroups: true, entrypoints: true, namedChunkGroups: true, ids: true });
            require('fs').writeFileSync(process.env.BENCH_STATS, JSON.stringify(json));
          });
        }
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
