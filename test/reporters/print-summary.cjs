// Prints the plain closing line "Tests: N passed, N failed" after jest has finished, so that it is the last line
// of the run whatever order jest's own reporters wrote their output in. CI reads it to know how many tests ran.
const { readFileSync } = require('node:fs');

const file = process.argv[2];
try {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch (/** @type {Error} */ error) {
  console.log(`Tests: 0 passed, 1 failed (no jest results in ${file}: ${error.message})`);
}
