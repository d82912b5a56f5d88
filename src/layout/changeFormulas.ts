/**
 * The live change marks of a measure row from the second round on: the previous round's level, read
 * from the Verlauf sheet by measure ID, and how the level moved (rounds.ts classifyChange, as a formula:
 * correcting a rating updates the mark). Only functions Excel 2016, LibreOffice and HyperFormula share.
 */
import { CHANGES, LEVELS, type ChangeCode, type Language } from "../scheme/ratingScheme";
import type { HistoryRefs } from "./historySheet";
import { INPUT_LETTER, LETTER } from "./fieldLayout";
import { label } from "./labels";
import { str } from "./sheetGrid";

/** The previous round's level ("" when not rated then), or "—" when the measure was not in that round. */
export function previousLevelFormula(row: number, history: HistoryRefs, lang: Language): string {
  const latest = history.levels(history.rounds - 1);
  const found = `INDEX(${latest},MATCH($${LETTER.id}${row},${history.ids},0))&""`;
  return `=IFERROR(${found},${str(label("notInPreviousRound", lang))})`;
}

export function changeFormula(row: number, lang: Language): string {
  const level = `$${INPUT_LETTER.level}${row}`;
  const previous = `$${LETTER.previous}${row}`;
  const mark = (code: ChangeCode) => str(CHANGES.find((c) => c.code === code)!.mark[lang]);
  const valid = (cell: string) =>
    `OR(${LEVELS.map((l) => `EXACT(${cell},${str(l.value[lang])})`).join(",")})`;
  const rank = (cell: string) =>
    LEVELS.filter((l) => l.rank !== null)
      .map((l) => `EXACT(${cell},${str(l.value[lang])})*${l.rank}`)
      .join("+");
  const unclear = LEVELS.find((l) => l.rank === null)!.value[lang];
  const compared =
    `IF(NOT(AND(${valid(level)},${valid(previous)})),"",` +
    `IF(EXACT(${level},${previous}),${mark("same")},` +
    `IF(OR(EXACT(${level},${str(unclear)}),EXACT(${previous},${str(unclear)})),${mark("unclear")},` +
    `IF(${rank(level)}>${rank(previous)},${mark("better")},${mark("worse")}))))`;
  return (
    `=IF(${previous}=${str(label("notInPreviousRound", lang))},${mark("new")},` +
    `IF(AND(${previous}="",${level}=""),"",` +
    `IF(${previous}="",IF(${valid(level)},${mark("newlyRated")},""),` +
    `IF(${level}="",IF(${valid(previous)},${mark("noLongerRated")},""),` +
    `${compared}))))`
  );
}
