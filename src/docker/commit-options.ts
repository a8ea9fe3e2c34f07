// CommitSpec → POST /commit. dockerode would send one options object as both query and body, which the engine
// rejects once it carries a config, so query and body are given apart (docker-modem's `_query` / `_body`).
import type { CommitSpec, ImageConfig } from './driver.js';

export interface CommitQuery {
  container: string;
  changes?: string[];
  author?: string;
  comment?: string;
  pause?: boolean;
}

export interface CommitRequest {
  _query: CommitQuery;
  /**
   * The config the engine starts from: `changes` are applied on top of it, then fields left empty are filled from
   * the container's config. `{}` sends no body, so the container's config is the start.
   */
  _body: Partial<ImageConfig>;
}

// In a commit body the engine reads `Entrypoint: null` as "keep the container's" (measured on 20.10), while `[]`
// clears it; ImageConfig's null means "none", so it is sent as [].
function bodyConfig(config: Partial<ImageConfig>): Partial<ImageConfig> {
  const body = { ...config };
  if (body.Entrypoint === null) body.Entrypoint = [];
  if (body.Cmd === null) body.Cmd = [];
  return body;
}

export function commitRequest(containerId: string, spec: CommitSpec): CommitRequest {
  const query: CommitQuery = { container: containerId };
  if (spec.changes && spec.changes.length > 0) query.changes = spec.changes;
  if (spec.author !== undefined) query.author = spec.author;
  if (spec.message !== undefined) query.comment = spec.message;
  if (spec.pause !== undefined) query.pause = spec.pause;
  return { _query: query, _body: spec.config ? bodyConfig(spec.config) : {} };
}

/**
 * Podman's compat API ignores the commit body (measured on 4.3): the config fields are sent as changes instead,
 * ahead of the template's own so that those still win, as they do over a body on Docker.
 */
export function configAsChanges(config: Partial<ImageConfig> | undefined): string[] {
  if (!config) return [];
  const changes: string[] = [];
  if (config.Entrypoint !== undefined) changes.push(`ENTRYPOINT ${JSON.stringify(config.Entrypoint ?? [])}`);
  if (config.Cmd !== undefined) changes.push(`CMD ${JSON.stringify(config.Cmd ?? [])}`);
  if (config.User !== undefined) changes.push(`USER ${config.User}`);
  if (config.WorkingDir !== undefined && config.WorkingDir !== '') changes.push(`WORKDIR ${config.WorkingDir}`);
  for (const [k, v] of Object.entries(config.Labels ?? {})) changes.push(`LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`);
  return changes;
}

/** The commit request for Podman: everything as changes, and a non-empty body (Podman fails to decode none). */
export function podmanCommitRequest(containerId: string, spec: CommitSpec): CommitRequest {
  const request = commitRequest(containerId, { ...spec, config: undefined });
  const changes = [...configAsChanges(spec.config), ...(spec.changes ?? [])];
  if (changes.length > 0) request._query.changes = changes;
  request._body = { Labels: null };
  return request;
}
