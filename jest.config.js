// Unit, component and integration tests live under tests/ (a test under src/ breaks gulp bundle).
module.exports = {
  testEnvironment: 'node',
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
