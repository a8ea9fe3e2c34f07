// Reads the engine's JSON-lines progress streams (pull, push, import). The engine reports failures inside a 200
// response as `{error, errorDetail}` events, so every event is checked; docker-modem's followProgress is not used
// because it reports success for such streams.
import { StringDecoder } from 'node:string_decoder';
import { DriverError, type ProgressEvent } from './driver.js';

export interface JsonMessage {
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: unknown;
  stream?: string;
}

export function errorOf(event: JsonMessage): string | undefined {
  const message = event.errorDetail?.message || event.error;
  return message ? message : undefined;
}

export function toProgressEvent(event: JsonMessage): ProgressEvent {
  const out: ProgressEvent = { status: event.status ?? '' };
  if (event.id !== undefined) out.id = event.id;
  if (event.progress !== undefined) out.progress = event.progress;
  return out;
}

function parseLine(line: string): JsonMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new DriverError(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DriverError(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
  }
  return parsed as JsonMessage;
}

/**
 * Resolves with every event once the stream ends; rejects with a DriverError (`<action>: <engine message>`) at the
 * first error event, and with the stream's own error (e.g. an abort) if it fails.
 */
export async function followProgress(stream: NodeJS.ReadableStream, action: string, onEvent?: (event: JsonMessage) => void): Promise<JsonMessage[]> {
  const events: JsonMessage[] = [];
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text: string, final: boolean): void => {
    pending += text;
    const lines = pending.split('\n');
    pending = final ? '' : (lines.pop() ?? '');
    for (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      const event = parseLine(line);
      events.push(event);
      onEvent?.(event);
      const error = errorOf(event);
      if (error !== undefined) throw new DriverError(`${action}: ${error}`);
    }
  };
  try {
    for await (const chunk of stream) take(typeof chunk === 'string' ? chunk : decoder.write(chunk), false);
    take(decoder.end(), true);
  } finally {
    // Stops the engine's work too (a push stops when its response is closed); a no-op once the stream ended.
    destroy(stream);
  }
  return events;
}

function destroy(stream: NodeJS.ReadableStream): void {
  const destroyable = stream as NodeJS.ReadableStream & { destroy?: () => void };
  destroyable.destroy?.();
}
