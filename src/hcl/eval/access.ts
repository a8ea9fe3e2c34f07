// Attribute access and indexing (hcl's ops.go GetAttr/Index) with HCL's messages.
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import type { Traverser } from '../syntax/expression.js';
import { isWhole, type NumberValue } from '../value/number.js';
import { withMarksOf } from '../value/ops.js';
import { T, typeOf, V, type Type, type Value } from '../value/value.js';

export type Result = { value: Value; diagnostics: Diagnostic[] };

const ok = (value: Value): Result => ({ value, diagnostics: [] });
const fail = (summary: string, detail: string, range: Range): Result => ({ value: V.unknown(), diagnostics: [error(summary, detail, range)] });
const invalidIndex = 'Invalid index';
const unsupportedAttr = 'Unsupported attribute';

export function applyStep(v: Value, step: Traverser): Result {
  return step.kind === 'attr' ? getAttr(v, step.name, step.range) : index(v, step.key, step.range);
}

function unknownElement(t: Type, name: string | undefined): Type {
  if (t.kind === 'object' && name !== undefined) return Object.hasOwn(t.attributes, name) ? t.attributes[name] : T.dynamic;
  if (t.kind === 'list' || t.kind === 'map' || t.kind === 'set') return t.element;
  return T.dynamic;
}

export function getAttr(v: Value, name: string, range: Range): Result {
  switch (v.kind) {
    case 'null':
      return fail('Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.', range);
    case 'unknown': {
      const t = v.type;
      if (t.kind === 'object' && !Object.hasOwn(t.attributes, name)) {
        return fail(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range);
      }
      return ok(withMarksOf(V.unknown(unknownElement(t, name)), v));
    }
    case 'object': {
      if (!Object.hasOwn(v.attrs, name)) {
        return fail(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range);
      }
      return ok(withMarksOf(v.attrs[name], v));
    }
    case 'map': {
      if (!Object.hasOwn(v.attrs, name)) return fail('Missing map element', `This map does not have an element with the key ${JSON.stringify(name)}.`, range);
      return ok(withMarksOf(v.attrs[name], v));
    }
    case 'list':
    case 'tuple': {
      const hasAttr = v.items.some((item) => item.kind === 'object' && Object.hasOwn(item.attrs, name));
      return fail(
        unsupportedAttr,
        hasAttr
          ? `Can't access attributes on a list of objects. Did you mean to access attribute ${JSON.stringify(name)} for a specific element of the list, or across all elements of the list?`
          : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?",
        range,
      );
    }
    case 'set':
      return fail(unsupportedAttr, "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?", range);
    default:
      return fail(unsupportedAttr, `Can't access attributes on a primitive-typed value (${v.kind}).`, range);
  }
}

export function index(collection: Value, key: Value, range: Range): Result {
  if (collection.kind === 'null') return fail('Attempt to index null value', 'This value is null, so it does not have any indices.', range);
  if (key.kind === 'null') return fail(invalidIndex, "Can't use a null value as an indexing key.", range);
  if (collection.kind === 'unknown') {
    const t = collection.type;
    if (t.kind === 'set') return setIndexError(range);
    return ok(withMarksOf(V.unknown(unknownElement(t, key.kind === 'string' ? key.value : undefined)), collection));
  }
  if (key.kind === 'unknown') {
    const t = typeOf(collection);
    if (t.kind === 'set') return setIndexError(range);
    return ok(withMarksOf(V.unknown(t.kind === 'list' || t.kind === 'map' ? t.element : T.dynamic), collection));
  }
  switch (collection.kind) {
    case 'list':
    case 'tuple': {
      const converted = convert(key, T.number);
      if ('error' in converted) return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
      const key_ = converted.value as NumberValue;
      const n = key_.value;
      const detail = 'The given key does not identify an element in this collection value';
      if (!isWhole(key_)) {
        return fail(invalidIndex, `${detail}: indexing a sequence requires a whole number, but the given index has a fractional part.`, range);
      }
      if (n < 0) return fail(invalidIndex, `${detail}: a negative number is not a valid index for a sequence.`, range);
      if (n >= collection.items.length || key_.big) {
        // HCL explains only an index equal to the length (its test is `index - length < 1`, after HasIndex failed).
        if (n !== collection.items.length || key_.big) return fail(invalidIndex, `${detail}.`, range);
        return fail(
          invalidIndex,
          collection.items.length === 0
            ? `${detail}: the collection has no elements.`
            : `${detail}: the given index is greater than or equal to the length of the collection.`,
          range,
        );
      }
      return ok(withMarksOf(collection.items[n], collection, key));
    }
    case 'map': {
      const converted = convert(key, T.string);
      if ('error' in converted) return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
      const k = (converted.value as { value: string }).value;
      if (!Object.hasOwn(collection.attrs, k)) return fail(invalidIndex, 'The given key does not identify an element in this collection value.', range);
      return ok(withMarksOf(collection.attrs[k], collection, key));
    }
    case 'object': {
      const converted = convert(key, T.string);
      if ('error' in converted) return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
      const k = (converted.value as { value: string }).value;
      if (!Object.hasOwn(collection.attrs, k)) {
        const hint = key.kind === 'number' ? ' An object only supports looking up attributes by name, not by numeric index.' : '';
        return fail(invalidIndex, `The given key does not identify an element in this collection value.${hint}`, range);
      }
      return ok(withMarksOf(collection.attrs[k], collection, key));
    }
    case 'set':
      return setIndexError(range);
    default:
      return fail(invalidIndex, 'This value does not have any indices.', range);
  }
}

function setIndexError(range: Range): Result {
  return fail(
    invalidIndex,
    "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
    range,
  );
}
