// The engine's image inspect document → ImageInfo. dockerode's typings claim non-null fields the engine sends as
// null (Cmd, Entrypoint, Labels…), so every field is read as possibly missing.
import type Docker from 'dockerode';
import type { ImageConfig, ImageInfo } from './driver.js';

type Loose<T> = { [K in keyof T]?: T[K] | null };

function strings(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}

function record<T>(value: unknown): Record<string, T> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, T>) : null;
}

export function toImageConfig(config: Loose<Docker.ImageInspectInfo['Config']> | null | undefined): ImageConfig {
  const c = config ?? {};
  const out: ImageConfig = {
    Env: strings(c.Env) ?? [],
    Cmd: strings(c.Cmd),
    Entrypoint: strings(c.Entrypoint),
    WorkingDir: c.WorkingDir ?? '',
    User: c.User ?? '',
    Labels: record<string>(c.Labels),
    ExposedPorts: record<object>(c.ExposedPorts),
    Volumes: record<object>(c.Volumes),
    OnBuild: strings(c.OnBuild),
  };
  const stopSignal = (c as { StopSignal?: unknown }).StopSignal;
  if (typeof stopSignal === 'string' && stopSignal !== '') out.StopSignal = stopSignal;
  return out;
}

export function toImageInfo(info: Loose<Docker.ImageInspectInfo>): ImageInfo {
  const config = toImageConfig(info.Config);
  return {
    id: info.Id ?? '',
    repoTags: strings(info.RepoTags) ?? [],
    repoDigests: strings(info.RepoDigests) ?? [],
    config,
    labels: { ...config.Labels },
    ...(typeof info.Created === 'string' ? { created: info.Created } : {}),
    ...(Array.isArray(info.RootFS?.Layers) ? { layers: strings(info.RootFS.Layers) ?? [] } : {}),
    ...(typeof info.Size === 'number' ? { size: info.Size } : {}),
    ...(typeof info.Os === 'string' && info.Os !== '' ? { os: info.Os } : {}),
    ...(typeof info.Architecture === 'string' && info.Architecture !== '' ? { architecture: info.Architecture } : {}),
    ...(typeof (info as { Variant?: unknown }).Variant === 'string' && (info as { Variant: string }).Variant !== ''
      ? { variant: (info as { Variant: string }).Variant }
      : {}),
  };
}
