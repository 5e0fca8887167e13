// Unit, component and integration tests live under tests/ (a test under src/ breaks gulp bundle).
const path = require('path');

// The SPFx toolchain hoists an old jest-environment-node to the top of node_modules; use Jest 30's own.
const jestDir = path.dirname(require.resolve('jest/package.json'));
const jestCoreDir = path.dirname(require.resolve('jest-config/package.json', { paths: [jestDir] }));
const nodeEnvironment = require.resolve('jest-environment-node', { paths: [jestCoreDir, jestDir] });

module.exports = {
  testEnvironment: nodeEnvironment,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }]
  },
  // PnPjs v4 ships ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js'
  },
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/']
};
