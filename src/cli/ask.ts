// -on-error=ask on a terminal: Packer's question after a failed step, one build at a time.
import { createInterface } from 'node:readline';

export type Choice = 'cleanup' | 'abort' | 'retry';

const ANSWERS: Record<string, Choice> = { c: 'cleanup', a: 'abort', r: 'retry' };

async function question(input: NodeJS.ReadableStream, write: (s: string) => void, text: string): Promise<string> {
  const rl = createInterface({ input, terminal: false });
  write(text);
  try {
    for await (const line of rl) return line.trim().toLowerCase();
    return 'c'; // input ended: clean up
  } finally {
    rl.close();
  }
}

export function terminalAsk(write: (s: string) => void, input: NodeJS.ReadableStream = process.stdin) {
  let queue: Promise<unknown> = Promise.resolve();
  return (build: string, step: string, error: string): Promise<Choice> => {
    const ask = async (): Promise<Choice> => {
      write(`==> ${build}: Step "${step}" failed: ${error}\n`);
      for (;;) {
        const answer = await question(
          input,
          write,
          `==> ${build}: [c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)? `,
        );
        const choice = ANSWERS[answer[0] ?? ''];
        if (choice) return choice;
      }
    };
    const next = queue.then(ask, ask);
    queue = next.catch(() => undefined);
    return next;
  };
}
