/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // e2e tests spawn real git and the built CLI; give them room on a 2-core machine.
  testTimeout: 60000,
  // Every core, not jest's default of one fewer: the tests mostly wait on git and node child processes,
  // and on CI's 2 cores one worker took 592 s where two took 373 s (the whole .ci/run 7 min 10 s).
  maxWorkers: '100%',
};
