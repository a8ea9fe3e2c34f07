// `build.ID` — the build container's ID — exists only once the container runs. A provisioner whose body uses it is
// checked at plan time with a stand-in ID, then decoded again with the real one just before it runs, as Packer
// evaluates provisioners late. Its result depends on a container ID that is new every run, so it is never served
// from the cache (its description carries a new nonce each time it is planned).
import { randomUUID } from 'node:crypto';
import type { Body } from '../hcl/syntax/ast.js';
import { traversals } from '../hcl/eval/evaluate.js';
import type { EvalContext } from '../hcl/eval/evaluate.js';
import { V, type Value } from '../hcl/value/value.js';
import type { Provisioner, ProvisionerContext } from '../plugin/provisioner.js';
import { ProvisionerError } from '../plugin/provisioner.js';

/** The ID provisioners are checked with before a container exists. */
export const STAND_IN_ID = 'container-id-known-at-run-time';

export function usesBuildId(body: Body): boolean {
  return body.items.some((item) =>
    item.kind === 'attribute' ? traversals(item.expr).some((t) => t.root === 'build' && t.path[0] === 'ID') : usesBuildId(item.body),
  );
}

/** The context with `build.ID` set. */
export function withBuildId(ctx: EvalContext, id: string): EvalContext {
  const build = ctx.variables.build;
  const attrs: Record<string, Value> = build?.kind === 'object' ? { ...build.attrs } : {};
  return { ...ctx, variables: { ...ctx.variables, build: V.object({ ...attrs, ID: V.string(id) }) } };
}

export class LateProvisioner implements Provisioner {
  readonly effect: Provisioner['effect'];
  /** Stands for the container ID in the cache key: new for every planned build, so never a hit. */
  private readonly nonce = randomUUID();

  constructor(
    private readonly checked: Provisioner,
    /** Decodes the body with the real ID; the error text when it no longer decodes. */
    private readonly decodeWith: (containerId: string) => Provisioner | string,
  ) {
    this.effect = checked.effect;
  }

  describe(): unknown {
    return { buildId: this.nonce, provisioner: this.checked.describe() };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const p = this.decodeWith(ctx.containerId ?? '');
    if (typeof p === 'string') throw new ProvisionerError(p);
    await p.run(ctx);
  }
}
