import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { fieldErrorsOf, refuse, type ActionResult, type Succeeded } from "./result";
import { firstValues, formDataOf } from "@/lib/forms/form-data";
import { Refusal } from "./transaction";

/*
 * The one shape of a server action (saas-starter's validatedActionWithUser, dub's authActionClient):
 * the current user, re-read from the database; the bound arguments (ids the page bound into the
 * action) each checked by its schema, so an id that is not one answers "not found" before any SQL;
 * the form read and checked by its schema (the same one the browser checks and the JSON route uses),
 * a refusal keeping what was typed; then the domain function, whose result is the answer. A success
 * revalidates the app's pages (any write may move a figure on any page) and may go on to a page.
 */

type Schemas = readonly z.ZodType[];
/** What the caller passes for each bound argument. */
type Inputs<S extends Schemas> = { -readonly [K in keyof S]: z.input<S[K]> };
/** What the handler gets for each bound argument, checked. */
type Outputs<S extends Schemas> = { -readonly [K in keyof S]: z.output<S[K]> };

interface Common<S extends Schemas> {
  /** Schemas of the bound arguments, in order (ids: `idSchema`). */
  args: S;
  /** The message when a bound argument is not what its schema says (default `errors.notFound`). */
  notFound?: string;
}

function checkArgs<S extends Schemas>(spec: Common<S>, raw: unknown[]): Outputs<S> | null {
  const out: unknown[] = [];
  for (const [i, schema] of spec.args.entries()) {
    const parsed = schema.safeParse(raw[i]);
    if (!parsed.success) return null;
    out.push(parsed.data);
  }
  return out as Outputs<S>;
}

/** Runs the handler: a Refusal it throws outside a transaction is its answer too. */
async function answer<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}

const GO_TO = Symbol("goTo");

/** A handler's success that goes on to `path` (after the pages are revalidated). */
export function goTo(path: string): Succeeded<never> {
  return Object.assign({ ok: true as const }, { [GO_TO]: path });
}

/** A server action without a form (a button: move, delete, restore …). */
export function userAction<const S extends Schemas, T = undefined>(
  spec: Common<S>,
  run: (user: CurrentUser, ...args: Outputs<S>) => Promise<ActionResult<T>>,
): (...args: Inputs<S>) => Promise<ActionResult<T>> {
  return async (...raw) => {
    const user = await requireUser();
    const args = checkArgs(spec, raw);
    if (!args) return refuse("not_found", spec.notFound ?? "errors.notFound");
    return settle(await answer(() => run(user, ...args)));
  };
}

/**
 * A server action posted by a form: `(...bound, previousState, formData)`, as useActionState calls it.
 * `read` turns the form into the object `schema` checks (its default: each field's first value).
 */
export function formAction<const S extends Schemas, F extends z.ZodType, T = undefined>(
  spec: Common<S> & {
    schema: F | ((formData: FormData, ...args: Outputs<S>) => F);
    read?: (formData: FormData, ...args: Outputs<S>) => unknown;
    /** Fields echoed back on a refusal, so a form posted without scripts comes back as typed (never passwords). */
    keep?: readonly string[];
  },
  run: (ctx: { user: CurrentUser; input: z.output<F>; formData: FormData }, ...args: Outputs<S>) => Promise<ActionResult<T>>,
): (...args: [...Inputs<S>, ActionResult<T>, FormData]) => Promise<ActionResult<T>> {
  return async (...all) => {
    const formData = formDataOf(all[spec.args.length + 1]);
    const user = await requireUser();
    const args = checkArgs(spec, all.slice(0, spec.args.length));
    if (!args) return refuse("not_found", spec.notFound ?? "errors.notFound");
    const schema = typeof spec.schema === "function" ? spec.schema(formData, ...args) : spec.schema;
    const parsed = schema.safeParse(spec.read ? spec.read(formData, ...args) : firstValues(formData));
    let result: ActionResult<T>;
    if (parsed.success) {
      const input: z.output<F> = parsed.data;
      result = await answer(() => run({ user, input, formData }, ...args));
    } else result = { ok: false, code: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
    if (!result.ok && spec.keep) return { ...result, values: keptValues(formData, spec.keep) };
    return settle(result);
  };
}

function settle<T>(result: ActionResult<T>): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  const path = (result as { [GO_TO]?: string })[GO_TO];
  if (path) redirect(path);
  return result;
}

function keptValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "").slice(0, 200)]));
}
