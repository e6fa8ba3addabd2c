import {
  COMPETITION_LEVELS,
  CULTURE_TYPES,
  PUBLICITY_KINDS,
  STUDY_CONTENTS,
  STUDY_FORMS,
  type RecordKind,
  type RecordWorkerRole,
  type Role,
} from "@/lib/domain/enums";

/**
 * The one description of every record kind: who logs it, its fields, where each field is stored, and
 * its headline figure. Forms, zod schemas, lists, exports and the scoring engine all read this.
 * Labels: messages "records.field.<name>", options "enums.<optionSet>.<value>".
 */

/** Typed columns on `records` that metrics and rankings aggregate; everything else goes to `details`. */
export type RecordColumn = "title" | "occurredOn" | "hours" | "participants" | "quantity" | "benefitYuan" | "adopted";

export type NumberUnit = "hours" | "people" | "times" | "yuan" | "classes" | "items";

export type FieldDef =
  | { name: string; type: "text"; max: number; required: boolean; column?: "title" }
  | { name: string; type: "textarea"; max: number; required: boolean }
  | { name: string; type: "date"; column: "occurredOn" }
  | {
      name: string;
      type: "number";
      min: number;
      max: number;
      integer: boolean;
      step: number;
      unit: NumberUnit;
      required: boolean;
      column?: "hours" | "participants" | "quantity" | "benefitYuan";
    }
  | { name: string; type: "boolean"; column?: "adopted" }
  | { name: string; type: "select"; options: readonly string[]; optionSet: string; required: boolean }
  | { name: string; type: "multiselect"; options: readonly string[]; optionSet: string; min: number }
  | { name: string; type: "workers"; role: RecordWorkerRole; min: number; max: number; countInto?: "participants" }
  | { name: string; type: "team"; required: boolean };

export interface KindDef {
  kind: RecordKind;
  /** Roles that may log this kind, at their own org. */
  loggedBy: readonly Role[];
  fields: readonly FieldDef[];
  /** The figure shown in lists and summed on the dashboard. */
  headline: { column: "hours" | "participants" | "quantity" | "benefitYuan"; unit: NumberUnit };
  /** Cross-field checks: [fieldA, fieldB] means A ≤ B. */
  notMoreThan?: readonly (readonly [string, string])[];
}

const title = { name: "title", type: "text", max: 100, required: true, column: "title" } as const;
const occurredOn = { name: "occurredOn", type: "date", column: "occurredOn" } as const;

type NumberColumn = Extract<FieldDef, { type: "number" }>["column"];

/** A number field; a whole `step` (the default, 1) makes it an integer one. */
const numberField = (name: string, unit: NumberUnit, min: number, max: number, { step = 1, required = true, column }: { step?: number; required?: boolean; column?: NumberColumn } = {}) =>
  ({ name, type: "number", min, max, integer: Number.isInteger(step), step, unit, required, column }) as const;
const benefit = numberField("benefitYuan", "yuan", 0, 1_000_000_000, { step: 0.01, required: false, column: "benefitYuan" });
const people = (name: string, opts: { required?: boolean; column?: "participants" } = {}) => numberField(name, "people", 0, 1_000_000, opts);
const hours = (max: number) => numberField("hours", "hours", 0.5, max, { step: 0.5, column: "hours" });

export const KINDS: Record<RecordKind, KindDef> = {
  study_session: {
    kind: "study_session",
    loggedBy: ["leader"],
    headline: { column: "hours", unit: "hours" },
    fields: [
      title,
      occurredOn,
      { name: "contents", type: "multiselect", options: STUDY_CONTENTS, optionSet: "studyContent", min: 1 },
      { name: "form", type: "select", options: STUDY_FORMS, optionSet: "studyForm", required: true },
      hours(24),
      { name: "presenter", type: "text", max: 50, required: false },
      { name: "location", type: "text", max: 100, required: false },
      { name: "summary", type: "textarea", max: 2000, required: false },
      { name: "attendees", type: "workers", role: "attendee", min: 1, max: 500, countInto: "participants" },
    ],
  },
  proposal: {
    kind: "proposal",
    loggedBy: ["leader", "union"],
    headline: { column: "benefitYuan", unit: "yuan" },
    fields: [
      title,
      occurredOn,
      { name: "team", type: "team", required: false },
      { name: "content", type: "textarea", max: 2000, required: true },
      { name: "proposers", type: "workers", role: "proposer", min: 1, max: 20 },
      { name: "adopted", type: "boolean", column: "adopted" },
      { name: "implemented", type: "boolean" },
      benefit,
    ],
  },
  innovation: {
    kind: "innovation",
    loggedBy: ["leader", "union"],
    headline: { column: "benefitYuan", unit: "yuan" },
    fields: [
      title,
      occurredOn,
      { name: "team", type: "team", required: false },
      { name: "description", type: "textarea", max: 2000, required: true },
      { name: "result", type: "text", max: 200, required: false },
      { name: "members", type: "workers", role: "member", min: 0, max: 50 },
      benefit,
    ],
  },
  training: {
    kind: "training",
    loggedBy: ["union", "office"],
    headline: { column: "participants", unit: "people" },
    notMoreThan: [["employedAfter", "trainees"]],
    fields: [
      title,
      occurredOn,
      { name: "specialty", type: "text", max: 50, required: true },
      numberField("classes", "classes", 1, 1000, { column: "quantity" }),
      people("trainees", { column: "participants" }),
      hours(2000),
      { name: "reemployment", type: "boolean" },
      people("employedAfter", { required: false }),
    ],
  },
  competition: {
    kind: "competition",
    loggedBy: ["union", "office"],
    headline: { column: "participants", unit: "people" },
    notMoreThan: [["winners", "participants"]],
    fields: [
      title,
      occurredOn,
      { name: "trade", type: "text", max: 50, required: false },
      { name: "level", type: "select", options: COMPETITION_LEVELS, optionSet: "competitionLevel", required: true },
      people("participants", { column: "participants" }),
      people("winners", { required: false }),
    ],
  },
  culture: {
    kind: "culture",
    loggedBy: ["union", "office"],
    headline: { column: "participants", unit: "people" },
    fields: [
      title,
      occurredOn,
      { name: "eventType", type: "select", options: CULTURE_TYPES, optionSet: "cultureType", required: true },
      people("participants", { column: "participants" }),
    ],
  },
  publicity: {
    kind: "publicity",
    loggedBy: ["union", "office"],
    headline: { column: "quantity", unit: "items" },
    fields: [
      title,
      occurredOn,
      { name: "channel", type: "select", options: PUBLICITY_KINDS, optionSet: "publicityKind", required: true },
      numberField("quantity", "items", 1, 10_000_000, { column: "quantity" }),
      { name: "note", type: "textarea", max: 1000, required: false },
    ],
  },
};

export function kindsLoggableBy(role: Role): KindDef[] {
  return Object.values(KINDS).filter((k) => k.loggedBy.includes(role));
}

export function workerFields(kind: RecordKind) {
  return KINDS[kind].fields.filter((f): f is Extract<FieldDef, { type: "workers" }> => f.type === "workers");
}
