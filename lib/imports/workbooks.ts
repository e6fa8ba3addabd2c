import "server-only";
import type ExcelJS from "exceljs";
import { ORG_COLUMNS, WORKER_COLUMNS, type ImportColumn } from "./columns";
import { choiceLabels, type ImportEnum } from "./labels";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./read-sheet";
import { newWorkbook, styleHeader, workbookBuffer } from "@/lib/xlsx/workbook";
import type { Translate } from "@/lib/i18n/translate";

/** Rows of the template that offer drop-down lists. */
const VALIDATED_ROWS = 5000;

function colLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * The data sheet, an instructions sheet and a sheet of choices that the data sheet's drop-downs
 * point at. Headers stay Chinese whatever the interface language: they are what offices and unions
 * already use, and what the import looks for first.
 */
async function template(
  columns: readonly ImportColumn[],
  sheetName: string,
  choices: Record<string, string[]>,
  instructions: string[][],
  t: Translate,
): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.key === "employeeNo" ? { numFmt: "@" } : c.date ? { numFmt: "yyyy-mm-dd" } : {} }));
  styleHeader(ws, { required: columns.map((c) => !!c.required) });

  const help = wb.addWorksheet(t("imports.template.helpSheet"));
  help.columns = [
    { header: t("imports.template.colColumn"), key: "column", width: 20 },
    { header: t("imports.template.colRequired"), key: "required", width: 10 },
    { header: t("imports.template.colRule"), key: "rule", width: 80 },
  ];
  styleHeader(help);
  for (const row of instructions) help.addRow(row);
  help.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  const lists = wb.addWorksheet(t("imports.template.choicesSheet"));
  const keys = Object.keys(choices);
  keys.forEach((key, i) => {
    const col = columns.find((c) => c.key === key)!;
    lists.getCell(1, i + 1).value = col.header;
    choices[key]!.forEach((label, j) => (lists.getCell(j + 2, i + 1).value = label));
    lists.getColumn(i + 1).width = col.width + 4;
    const at = columns.indexOf(col) + 1;
    const sheetRef = `'${lists.name}'!$${colLetter(i + 1)}$2:$${colLetter(i + 1)}$${Math.max(2, choices[key]!.length + 1)}`;
    // Range validations exist at runtime (exceljs ≥ 4.3) but are missing from its typings.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${colLetter(at)}2:${colLetter(at)}${VALIDATED_ROWS + 1}`, {
      type: "list",
      allowBlank: !col.required,
      formulae: [sheetRef],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: col.header,
      error: t("imports.template.pickFromList"),
    });
  });
  styleHeader(lists);
  return workbookBuffer(wb);
}

function enumChoices(columns: readonly ImportColumn[]): Record<string, string[]> {
  return Object.fromEntries(columns.filter((c) => c.enum).map((c) => [c.key, choiceLabels(c.enum as ImportEnum)]));
}

function generalRules(t: Translate): string[][] {
  return [
    [],
    [t("imports.template.notes"), "", t("imports.template.noteOneSheet")],
    ["", "", t("imports.template.noteLimits", { rows: MAX_IMPORT_ROWS, mb: MAX_IMPORT_BYTES / 1024 / 1024 })],
    ["", "", t("imports.template.noteAllOrNothing")],
  ];
}

/** The roster template of a union's unit: its live teams are the choices of the team column. */
export function workersTemplate(teams: string[], t: Translate): Promise<Buffer> {
  const yes = t("common.yes");
  const no = t("common.no");
  const rule: Record<string, string> = {
    employeeNo: t("imports.template.rule.employeeNo"),
    name: t("imports.template.rule.name"),
    team: t("imports.template.rule.team"),
    gender: t("imports.template.rule.choice", { choices: choiceLabels("gender").join("、") }),
    education: t("imports.template.rule.choice", { choices: choiceLabels("education").join("、") }),
    skillLevel: t("imports.template.rule.skillLevel", { choices: choiceLabels("skillLevel").join("、") }),
    post: t("imports.template.rule.post"),
    birthDate: t("imports.template.rule.birthDate"),
  };
  return template(
    WORKER_COLUMNS,
    t("imports.template.workersSheet"),
    { team: teams, ...enumChoices(WORKER_COLUMNS) },
    [
      ...WORKER_COLUMNS.map((c) => [c.header, c.required ? yes : no, rule[c.key]!]),
      ...generalRules(t),
      ["", "", t("imports.template.noteWorkersMatch")],
      ["", "", t("imports.template.noteWorkersBlank")],
    ],
    t,
  );
}

/** The office's template of units and their teams. */
export function orgsTemplate(t: Translate): Promise<Buffer> {
  const yes = t("common.yes");
  const no = t("common.no");
  const rule: Record<string, string> = {
    unitName: t("imports.template.rule.unitName"),
    unitKind: t("imports.template.rule.choice", { choices: choiceLabels("unitKind").join("、") }),
    industry: t("imports.template.rule.optionalText", { n: 40 }),
    contactName: t("imports.template.rule.optionalText", { n: 20 }),
    contactPhone: t("imports.template.rule.phone"),
    teamName: t("imports.template.rule.teamName"),
    teamKind: t("imports.template.rule.teamKind", { choices: choiceLabels("teamKind").join("、") }),
  };
  return template(
    ORG_COLUMNS,
    t("imports.template.orgsSheet"),
    enumChoices(ORG_COLUMNS),
    [...ORG_COLUMNS.map((c) => [c.header, c.required ? yes : no, rule[c.key]!]), ...generalRules(t), ["", "", t("imports.template.noteOrgsMatch")]],
    t,
  );
}
