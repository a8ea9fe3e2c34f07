// Every test file starts in the project root, as in a plain jest run. Under mutation testing one runner process runs
// test after test: a mutant that makes a test skip its clean-up (a test that moves into a temporary workspace) would
// otherwise leave every later run in a removed directory, where ts-jest no longer finds tsconfig.json.
/* global __dirname */
process.chdir(__dirname);
