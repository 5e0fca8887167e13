// Unit, component and integration tests live under tests/ (a test under src/ breaks gulp bundle).
const path = require('path');

// The SPFx toolchain hoists an old jest-environment-node to the top of node_modules; use Jest 30's own.
const jestDir = path.dirname(require.resolve('jest/package.json'));
const jestCoreDir = path.dirname(require.resolve('jest-config/package.json', { paths: [jestDir] }));
const nodeEnvironment = require.resolve('jest-environment-node', { paths: [jestCoreDir, jestDir] });

// Web parts import their strings by the names config.json gives them (e.g. 'AvropWebPartStrings');
// SPFx resolves those at run time, tests get the Swedish file, since Swedish is the first language.
const config = JSON.parse(require('fs').readFileSync(path.join(__dirname, 'config/config.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const locStrings = Object.fromEntries(
  Object.entries(config.localizedResources).map(([name, file]) => [
    `^${name}$`,
    '<rootDir>/' + file.replace(/^lib\//, 'src/').replace('{locale}', 'sv-se')
  ])
);

module.exports = {
  testEnvironment: nodeEnvironment,
  // src is a root too, so that coverage can list the source files no test loads.
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '/src/webparts/[^/]+/loc/[^/]+\\.js$': '<rootDir>/tests/support/amdLocTransform.js',
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }]
  },
  // PnPjs v4 ships ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    ...locStrings,
    '^@microsoft/(sp-core-library|sp-webpart-base|sp-property-pane)$': '<rootDir>/tests/support/spfx/$1.js',
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js'
  },
  // A test that does its work in well under a second can take several on a loaded CI machine.
  testTimeout: 30000,
  setupFilesAfterEnv: ['<rootDir>/tests/support/jestSetup.js'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/'],
  // Every source file counts, so a file no test loads shows up at 0 % instead of vanishing from the report.
  collectCoverageFrom: ['<rootDir>/src/**/*.{ts,tsx}', '!<rootDir>/src/**/*.d.ts', '!<rootDir>/src/**/loc/**'],
  coverageDirectory: '<rootDir>/coverage'
};
