// The unit project alone (the fake driver, never the real engine), for mutation testing: Stryker's jest runner takes
// one project, and every mutant must be judged by tests that run in seconds.
import config from './jest.config.js';

const unit = config.projects.find((p) => p.displayName === 'unit');
export default { ...unit, displayName: undefined, rootDir: import.meta.dirname };
