/**
 * A returned workbook → the inputs the merge may use, or a reason to refuse the whole file. Every return
 * is validated first: a foreign or broken file is refused; a value outside the scheme refuses only that
 * measure's entry. Pure (the CLI and the task pane read the files).
 */
import { measureEntries } from "../catalogue/model";
import { returnsMessages } from "../core/messages/sections";
import type { MeasureInputs } from "../layout/plan";
import { prefilledInputs } from "../layout/prefill";
import type { WorkbookSnapshot } from "../layout/snapshot";
import { validateWorkbook, type Finding } from "../validation";
import type { RefusedReturn, ReturnInputs } from "./merge";
import type { Language } from "../scheme/ratingScheme";
import { translateInputs } from "./ratingFields";
import { currentRoundOf } from "./rounds";
import { describeFindings, readZielbildWorkbook, type ZielbildWorkbook } from "./readWorkbook";

export type AssessedReturn = { readonly accepted: ReturnInputs } | { readonly refused: RefusedReturn };

/** `lang`: the language of the refusal's reason and of the invalid entries' messages (German by default). */
export function assessReturn(
  master: ZielbildWorkbook,
  file: string,
  snapshot: WorkbookSnapshot,
  lang: Language = "de",
): AssessedReturn {
  const t = returnsMessages(lang).assess;
  const refuse = (reason: string): AssessedReturn => ({ refused: { file, reason } });
  const read = readZielbildWorkbook(snapshot, lang);
  if ("error" in read) return refuse(read.error);
  const { workbook } = read;
  const mismatch = catalogueMismatch(master, workbook, lang) ?? roundMismatch(master, workbook, lang);
  if (mismatch) return refuse(mismatch);
  const findings = validateWorkbook(workbook.plan, snapshot, {
    mode: "entwurf",
    catalogue: workbook.catalogue,
  });
  const errors = findings.filter((f) => f.severity === "error");
  const broken = errors.filter((f) => f.ruleId === "structure");
  if (broken.length > 0) return refuse(t.structureChanged(describeFindings(broken, 3, lang)));
  const inputs = new Map(
    [...workbook.inputs].map(([id, entered]) => [
      id,
      translateInputs(entered, workbook.meta.language, master.meta.language),
    ]),
  );
  return {
    accepted: {
      file,
      ...(workbook.meta.unit !== undefined ? { unit: workbook.meta.unit } : {}),
      inputs,
      sent: sentInputs(workbook, master.meta.language),
      invalid: invalidByMeasure(errors, lang),
    },
  };
}

/**
 * What the file showed when it was built, in its own language and then in the master's: what it stored
 * when it was built with entries (a later round's per-unit file), else the values of the catalogue it
 * carries.
 */
function sentInputs(workbook: ZielbildWorkbook, to: Language): Map<string, MeasureInputs> {
  const lang = workbook.meta.language;
  const result = new Map<string, MeasureInputs>();
  for (const { measure } of measureEntries(workbook.catalogue)) {
    const shown =
      workbook.sent?.get(measure.id) ?? prefilledInputs(measure, { language: lang, builtAt: "" }, lang);
    result.set(measure.id, translateInputs(shown, lang, to));
  }
  return result;
}

function catalogueMismatch(
  master: ZielbildWorkbook,
  other: ZielbildWorkbook,
  lang: Language,
): string | undefined {
  const a = master.meta;
  const b = other.meta;
  if (a.catalogueId === b.catalogueId && a.catalogueVersion === b.catalogueVersion) return undefined;
  return returnsMessages(lang).assess.otherCatalogue(
    b.catalogueId,
    b.catalogueVersion,
    a.catalogueId,
    a.catalogueVersion,
  );
}

/** A return of another round would overwrite this round's ratings with older ones (or newer ones). */
function roundMismatch(
  master: ZielbildWorkbook,
  other: ZielbildWorkbook,
  lang: Language,
): string | undefined {
  const a = currentRoundOf(master);
  const b = currentRoundOf(other);
  if (a.number === b.number) return undefined;
  return returnsMessages(lang).assess.otherRound(b.number < a.number, b.label, b.number, a.label, a.number);
}

function invalidByMeasure(errors: readonly Finding[], lang: Language): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const f of errors) {
    if (!f.measureId) continue;
    const list = result.get(f.measureId) ?? [];
    list.push(returnsMessages(lang).assess.invalidCell(f.cell, f.message[lang]));
    result.set(f.measureId, list);
  }
  return result;
}
