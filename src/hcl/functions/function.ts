// The shape of a function callable from expressions (as cty's function.Spec). Implementations report problems by
// throwing FunctionError / ArgError; the evaluator turns them into HCL's "Invalid function argument" and "Error in
// function call" diagnostics, so nothing escapes evaluate().
import type { Diagnostic, Range } from '../diagnostics.js';
import type { Expression } from '../syntax/expression.js';
import type { Type, Value } from '../value/value.js';

export interface FunctionParam {
  name: string;
  type: Type;
  /** Null is passed through instead of being an error. */
  allowNull?: boolean;
  /** Unknown values are passed to impl instead of making the result unknown. */
  allowUnknown?: boolean;
  /** Sensitive values are passed marked; otherwise the marks are moved from the arguments to the result. */
  allowMarked?: boolean;
}

export interface CallInfo {
  name: string;
  range: Range;
  /** The name and opening parenthesis: where HCL reports a failure of the whole call. */
  start: Range;
}

/** Lazy functions (try, can) receive their argument expressions and evaluate them themselves. */
export type LazyImpl = (
  args: Expression[],
  evaluateArg: (expr: Expression) => { value: Value; diagnostics: Diagnostic[] },
  call: CallInfo,
) => { value: Value; diagnostics: Diagnostic[] };

export interface HclFunction {
  params: FunctionParam[];
  varParam?: FunctionParam;
  /** The type of the result, used when an argument is unknown; `any` when omitted. */
  returnType?: (args: Value[]) => Type;
  impl: (args: Value[], call: CallInfo) => Value;
  lazy?: LazyImpl;
  description?: string;
}

/** A failure of the whole call: "Call to function "x" failed: <message>." */
export class FunctionError extends Error {}

/** A failure blamed on one argument: "Invalid value for "<param>" parameter: <message>." */
export class ArgError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}
