// `node --import ./__fixtures__/reliability/ts-register.mjs src/cli/index.ts …` runs the CLI from source.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
