// Typed configs: plugins read the config their schema declares without casting a decoded attribute, and a
// provisioner's cache key follows every attribute its schema declares.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { T } from '../src/hcl/value/value.js';
import { chainKey, provisionerDescription } from '../src/cache/key.js';
import { baseKey } from '../src/builders/docker/cache-keys.js';
import { DOCKER_SOURCE } from '../src/builders/docker/config.js';
import { PROVISIONERS } from '../src/pipeline/plugins.js';
import { plan, template, TempDirs } from '../__fixtures__/plugins/harness.js';

/** The one assertion of the typed config, made where every value has just been converted to its declared type. */
const DECODER = join('src', 'config', 'schema.ts');

/**
 * `as` casts (and `<T>x` assertions) of a decoded attribute: of anything read through `.attrs`, or through a name
 * bound from it (`const a = d.attrs`, `const { inline } = d.attrs`). `as const` is not a cast.
 */
export function attributeCasts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const bound = new Set<string>();
  const readsAttrs = (node: ts.Node): boolean => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      const attrs = ts.isPropertyAccessExpression(n) && n.name.text === 'attrs';
      const alias = ts.isIdentifier(n) && bound.has(n.text) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n);
      if (attrs || alias) {
        found = true;
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) bound.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  const hits: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && n.initializer && readsAttrs(n.initializer)) bind(n.name);
    const asserted = ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) ? n : undefined;
    if (asserted && !(ts.isTypeReferenceNode(asserted.type) && asserted.type.typeName.getText(source) === 'const') && readsAttrs(asserted.expression)) {
      const { line } = source.getLineAndCharacterOfPosition(asserted.getStart(source));
      hits.push(`${file}:${line + 1}: ${asserted.getText(source)}`);
    }
    ts.forEachChild(n, walk);
  };
  walk(source);
  return hits;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('no decoded attribute is cast', () => {
  it('finds the casts it is meant to find', () => {
    const text = [
      'const x = d.attrs.inline as string[] | null;',
      'const a = d.attrs;',
      'const y = (a.script as string | null) ?? "";',
      'const { scripts } = d.attrs;',
      'const z = <string[]>scripts;',
      'const w = a[k] as string;',
      'const ok = ["inline", "script"] as const;',
      'const fine = JSON.parse(s) as Record<string, string>;',
    ].join('\n');
    expect(attributeCasts('x.ts', text)).toEqual([
      'x.ts:1: d.attrs.inline as string[] | null',
      'x.ts:3: a.script as string | null',
      'x.ts:5: <string[]>scripts',
      'x.ts:6: a[k] as string',
    ]);
  });

  it('src holds none outside the decoder', () => {
    const hits = sourceFiles('src')
      .filter((f) => f !== DECODER)
      .flatMap((f) => attributeCasts(f, readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});

describe('a provisioner cache key follows its schema', () => {
  it('changes when the schema gains an attribute, with no change to describe()', () => {
    const temps = new TempDirs();
    const attributes: Record<string, unknown> = PROVISIONERS.shell.schema.attributes;
    try {
      const dir = temps.make({ 't.pkr.hcl': template('  provisioner "shell" {\n inline = ["true"]\n  }') });
      const key = () => chainKey('base', provisionerDescription(plan(dir).builds[0].provisioners[0]));
      const before = key();
      expect(key()).toBe(before);
      attributes.added_for_test = { type: T.string, default: 'x', description: 'An attribute the shell provisioner does not read.' };
      expect(key()).not.toBe(before);
    } finally {
      delete attributes.added_for_test;
      temps.cleanup();
    }
  });
});

describe('the base cache key follows the docker source schema', () => {
  const source = (attrs: string) => template('', `commit = true\n ${attrs}`);
  it('changes when the schema gains an attribute, not with one declared key: false', () => {
    const temps = new TempDirs();
    const attributes: Record<string, unknown> = DOCKER_SOURCE.attributes;
    try {
      const dir = temps.make({ 't.pkr.hcl': source('') });
      const key = () => baseKey('sha256:base', plan(dir).builds[0]);
      const before = key();
      attributes.kept_out_for_test = { type: T.string, default: 'x', key: false, description: 'Does not change the container.' };
      expect(key()).toBe(before);
      attributes.added_for_test = { type: T.string, default: 'x', description: 'An attribute the builder does not read.' };
      expect(key()).not.toBe(before);
    } finally {
      delete attributes.kept_out_for_test;
      delete attributes.added_for_test;
      temps.cleanup();
    }
  });

  it('holds no credentials', () => {
    const temps = new TempDirs();
    try {
      const plain = temps.make({ 't.pkr.hcl': source('') });
      const login = temps.make({ 't.pkr.hcl': source('login = true\n login_username = "u"\n login_password = "p4ss"') });
      expect(baseKey('sha256:base', plan(login).builds[0])).toBe(baseKey('sha256:base', plan(plain).builds[0]));
      expect(JSON.stringify(plan(login).builds[0].config.keyed)).not.toContain('p4ss');
    } finally {
      temps.cleanup();
    }
  });
});

describe('one body API', () => {
  it('only config/body.ts reads a body by its syntax (load.ts picks the parser by file name)', () => {
    const readers = sourceFiles('src')
      .filter((f) => !f.startsWith(join('src', 'hcl')))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        const imports = [...text.matchAll(/import \{([^}]*)\} from '[./]*hcl\/json\/body\.js'/g)].map((m) => m[1].trim());
        const syntax = /\b[bB]ody\.json\b/.test(text) ? ['body.json'] : [];
        return [...imports, ...syntax].map((what) => `${f}: ${what}`);
      });
    expect(readers).toEqual([
      `${join('src', 'config', 'body.ts')}: jsonAttributes, jsonStringSource, nativeExpression, resolveJsonBody, type BodyShape`,
      `${join('src', 'config', 'load.ts')}: parseJsonFile`,
    ]);
  });
});
