// `repack <command> -help`: Packer's usage text for each command (mitchellh/cli prints a command's Help() on -h,
// -help or --help, to stderr, and exits 0). The options are the command's own flag table, carried by HelpRequested.
import type { Flags } from './args.js';

interface CommandHelp {
  synopsis: string;
  /** What the command does, one paragraph a string. */
  about: string[];
  examples: string[];
}

export const COMMANDS: Record<string, CommandHelp> = {
  build: {
    synopsis: '[options] TEMPLATE',
    about: [
      'Runs every build of the template: each source in a container started from its base image, provisioners in the order written, a commit, then the post-processor chains. Builds run in parallel (-parallel-builds). The artifacts of the builds are listed at the end; -json and -json-file write them, with image IDs, tags and pushed digests, as JSON.',
    ],
    examples: ['repack build .', 'repack build -var version=1.2.3 -only "docker.app" images/', 'repack build -on-error=abort -json-file=out.json app.pkr.hcl'],
  },
  validate: {
    synopsis: '[options] TEMPLATE',
    about: [
      'Checks that the template is valid: its syntax, then its variables, locals, data sources, sources and builds, as a build would read them. Nothing is sent to Docker.',
    ],
    examples: ['repack validate .', 'repack validate -syntax-only app.pkr.hcl', 'repack validate -json -var-file=prod.pkrvars.hcl .'],
  },
  fmt: {
    synopsis: '[options] [TEMPLATE]',
    about: [
      'Rewrites HCL2 template and variable files (.pkr.hcl, .pkrvars.hcl) in the canonical format. With no TEMPLATE, the current directory; - reads standard input.',
    ],
    examples: ['repack fmt .', 'repack fmt -check -recursive .', 'repack fmt -diff app.pkr.hcl'],
  },
  inspect: {
    synopsis: '[options] TEMPLATE',
    about: [
      "Shows the template's variables (sensitive ones masked), locals, sources and builds with their provisioners and post-processors, as Packer prints them.",
    ],
    examples: ['repack inspect .', 'repack inspect -var version=1.2.3 app.pkr.hcl'],
  },
  console: {
    synopsis: '[options] [TEMPLATE]',
    about: [
      "Evaluates expressions with the template's variables and locals, a line at a time: from standard input, or at a prompt on a terminal (exit or Ctrl-D to leave). Without TEMPLATE, only functions are available.",
    ],
    examples: ["echo 'upper(var.name)' | repack console .", 'repack console -var name=web app.pkr.hcl'],
  },
  init: {
    synopsis: '[options] TEMPLATE',
    about: [
      "Checks the template's required_plugins: the docker, ansible and git plugins are built in, so nothing is downloaded; any other plugin is reported.",
    ],
    examples: ['repack init .'],
  },
  cache: {
    synopsis: '<ls|prune> [options]',
    about: ['ls lists the cached build steps in the local Docker daemon; prune removes them (tagged and busy images stay).'],
    examples: ['repack cache ls', 'repack cache prune -keep-duration=24h'],
  },
  version: {
    synopsis: '',
    about: ["Prints repack's version, then the Packer version whose templates and behaviour it follows."],
    examples: ['repack version'],
  },
};

/** Thrown by parseArgs for -h, -help or --help: the command prints its help. */
export class HelpRequested extends Error {
  constructor(readonly flags: Flags) {
    super('help requested');
    this.name = 'HelpRequested';
  }
}

/** Go's flag.PrintDefaults layout, as Packer's help texts write their options. */
function options(flags: Flags): string {
  return Object.entries(flags)
    .map(([name, f]) => {
      const left = `  -${name}${f.kind === 'bool' ? '' : f.kind === 'list' ? '=VALUE' : '=VALUE'}`;
      return left.length < 30 ? `${left.padEnd(30)}${f.description}` : `${left}\n${' '.repeat(30)}${f.description}`;
    })
    .join('\n');
}

/** A paragraph wrapped at 78 columns, indented two spaces. */
function paragraph(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > 76) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `  ${l}`).join('\n');
}

export function commandHelp(command: string, flags: Flags): string {
  const h = COMMANDS[command];
  const parts = [`Usage: repack ${command}${h?.synopsis ? ` ${h.synopsis}` : ''}`];
  if (h) parts.push(...h.about.map(paragraph));
  if (Object.keys(flags).length > 0) parts.push(`Options:\n\n${options(flags)}`);
  if (h && h.examples.length > 0) parts.push(`Examples:\n\n${h.examples.map((e) => `  ${e}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
