// Containers and temp dirs a run has created and not yet removed, kept in the step's state so the post step can
// remove them when the run was killed. The runner keeps the last value saved under a name, so every change saves
// the whole list.
import * as core from './runner.js';

export const RESOURCES_STATE = 'resources';

export interface Resource {
  kind: 'container' | 'tempdir';
  id: string;
}

export class ResourceTracker {
  private readonly live = new Map<string, Resource>();

  constructor(private readonly save: (name: string, value: string) => void = core.saveState) {}

  update(resource: Resource, added: boolean): void {
    const key = `${resource.kind}:${resource.id}`;
    if (added) this.live.set(key, { kind: resource.kind, id: resource.id });
    else if (!this.live.delete(key)) return;
    this.save(RESOURCES_STATE, JSON.stringify([...this.live.values()]));
  }

  get resources(): Resource[] {
    return [...this.live.values()];
  }
}

function isResource(v: unknown): v is Resource {
  if (typeof v !== 'object' || v === null) return false;
  const { kind, id } = v as Record<string, unknown>;
  return (kind === 'container' || kind === 'tempdir') && typeof id === 'string' && id !== '';
}

/** The resources saved by the main step; [] when none were saved or the state is unreadable. */
export function savedResources(raw: string = core.getState(RESOURCES_STATE)): Resource[] {
  if (raw.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isResource) : [];
  } catch {
    return [];
  }
}
