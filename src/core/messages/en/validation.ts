/** English texts of the checks (src/validation): the same keys as de/validation.ts. */
const q = (text: string) => `“${text}”`;

const RESTORE_ROW = "Please restore the row or ask the planning office for a fresh file.";
const REQUEST_NEW = "Please undo the change or ask the planning office for a fresh file.";

export const validation = {
  value: (text: string) => `"${text}"`,
  true: "TRUE",
  false: "FALSE",
  or: "or",

  unreadable: {
    notZielbild: "This is not a Zielbild workbook: the hidden sheet “_Zielbild” is missing or unreadable.",
    newerFormat: (format: number, supported: number) =>
      `The workbook was made by a newer version (format ${format}, supported up to ${supported}).`,
    catalogueMissing: "The goal catalogue stored in the workbook is missing or damaged.",
    historyDamaged: "The history of closed rounds stored in the workbook is damaged.",
  },

  dialog: {
    noOverviewTitle: "No Zielbild overview",
    noOverview: "This workbook has no rating overview. Please create it in the task pane first.",
    cannotCheck: "Cannot check",
    counts: (errors: number, warnings: number, infos: number) =>
      `${errors} errors, ${warnings} warnings, ${infos} notes`,
  },

  report: {
    severityTitle: { error: "Errors", warning: "Warnings", info: "Notes" },
    headers: { cell: "Cell", rule: "Rule", measure: "Measure", message: "Message" },
    sheet: (name: string) => `Sheet ${q(name)}`,
    noFindings: "No findings.",
    summary: (errors: number, warnings: number, infos: number) =>
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} note${infos === 1 ? "" : "s"}`,
    severity: { error: "error", warning: "warning", info: "note" },
    severityByMode: (draft: string, submit: string) => `${draft} while drafting, ${submit} on submission`,
    severityLabel: "Severity",
  },

  rules: {
    structure: {
      title: "Workbook structure changed",
      description:
        "The workbook's structure differs from what the planning office built: a sheet renamed or deleted, a measure ID missing or duplicated, a row deleted, inserted or moved to another goal or field, catalogue text edited, or a formula overwritten by a value. Then the summary and the merge are no longer right. A changed order within one goal is only a warning, an extra sheet only a note.",
      sheetMissing: (sheet: string) =>
        `Sheet ${q(sheet)} is missing — deleted, or renamed beyond recognition. Ratings and formulas are lost without it. Please ask the planning office for a fresh file.`,
      sheetRenamed: (expected: string, now: string) =>
        `Sheet ${q(expected)} was renamed to ${q(now)}. The summary and the merge find sheets by name. Please rename it back to ${q(expected)}.`,
      extraSheet: (sheet: string) =>
        `Extra sheet ${q(sheet)}: it is not part of the overview and is ignored by the evaluation.`,
      measureMissing: (measure: string, sheet: string, cell: string, now: string | undefined) =>
        `Measure ${measure} is missing: its ID is nowhere to be found (expected on sheet ${q(sheet)}, cell ${cell}). ${now !== undefined ? `That cell now holds ${now} — the ID was overwritten. ` : "The row was probably deleted. "}${RESTORE_ROW}`,
      movedField: (measure: string, from: string, goal: number, to: string, row: number | undefined) =>
        `Measure ${measure} belongs on sheet ${q(from)} (goal ${goal}) but stands on ${q(to)}, row ${row}. The row was moved to another action field. ${RESTORE_ROW}`,
      movedGoal: (measure: string, goal: number, row: number | undefined, toGoal: number) =>
        `Measure ${measure} belongs to goal ${goal} but now stands in row ${row} under goal ${toGoal}. The row was moved. ${RESTORE_ROW}`,
      reordered: (measure: string, goal: number, row: number | undefined, plannedRow: number) =>
        `Measure ${measure} moved within goal ${goal} (row ${row} instead of ${plannedRow}). Please restore the original order.`,
      duplicate: (id: string, row: number, otherSheet: string, otherRow: number) =>
        `ID ${id} occurs more than once: here in row ${row} and on ${q(otherSheet)} in row ${otherRow}. The row was probably copied, so it is unclear which rating counts. Please delete the copy.`,
      shifted: (row: number, count: number, down: boolean, first: string, plannedRow: number) =>
        `From row ${row} on the measures stand ${count} row${count === 1 ? "" : "s"} ${down ? "lower" : "higher"} than planned (first ${first}, planned in row ${plannedRow}). A row was probably ${down ? "inserted" : "deleted"} above; formulas, colours and dropdowns still apply to the planned rows. ${down ? "Please delete the inserted row" : "Please restore the deleted row"} or ask the planning office for a fresh file.`,
      textChanged: (cell: string, expected: string, found: string) =>
        `Catalogue text in ${cell} was changed: expected ${expected}, found ${found}. Only the planning office edits the catalogue's texts. ${REQUEST_NEW}`,
      formulaDeleted: (cell: string) =>
        `The formula in ${cell} was deleted. Nothing is calculated there any more. ${REQUEST_NEW}`,
      formulasReplaced: (cells: string, one: boolean, now: string | undefined) =>
        `The formula${one ? "" : "s"} in ${cells} ${one ? "was" : "were"} replaced by ${one ? "a fixed value" : "fixed values"}${now !== undefined ? ` (now ${now})` : ""}. Nothing is calculated there any more, so the summary is wrong. ${REQUEST_NEW}`,
    },
    leftoverBackup: {
      title: "Backup sheet left over",
      description:
        "The workbook holds a sheet whose name starts with “~zb-alt-” — also hidden or very hidden. The add-in makes such backups while it rebuilds the overview and deletes them at the end; one that is left means a rebuild was interrupted or deleting failed. It holds an older state and is not evaluated. The finding says when it can be deleted and when it holds the only state with the entries.",
      visibility: { visible: "visible", hidden: "hidden", veryHidden: "very hidden" },
      message: (sheet: string, seen: string, veryHidden: boolean) =>
        `Sheet ${q(sheet)} (${seen}) is a backup that an interrupted rebuild of the overview created and did ` +
        `not remove. It holds an older state of one of the overview's sheets and is ignored by the evaluation. ` +
        `If the overview is complete (no structure errors), it is no longer needed: delete it in the task pane ` +
        `under “Check” with “Remove backup sheets”` +
        `${veryHidden ? " — a very hidden sheet cannot be unhidden in Excel itself" : ""}. If sheets of the ` +
        `overview are missing, do not delete it: it may then hold the only state with your entries. In that ` +
        `case restore the last saved version (File → Info → Version History).`,
    },
    historyEdited: {
      title: "History edited",
      description:
        "A cell of the “History” sheet no longer holds what was recorded when the round was closed. The history is read-only; a complete copy is stored in the workbook, so nothing is lost. The “Previous level” and “Change” columns read the sheet, though, and show wrong results until the overview is rebuilt.",
      message: (count: number, cells: string, more: number) =>
        `${count === 1 ? "Cell" : "Cells"} ${cells}${more ? ` and ${more} more` : ""} of the history ` +
        `${count === 1 ? "was" : "were"} edited. The history is read-only; “Rebuild overview” ` +
        `restores it from the copy stored in the workbook.`,
    },
    valueOutsideScheme: {
      title: "Value outside the rating scheme",
      description: (fields: string, highCapitalized: string, high: string, invalid: string) =>
        `A choice cell (${fields}) holds a value its dropdown does not offer, e.g. pasted in. The spelling must match exactly: “${highCapitalized}” or “ ${high}” (with a space) are invalid — exactly as the workbook's formulas count such measures as “${invalid}”.`,
      message: (value: string, field: string, allowed: string, meant: string | undefined, invalid: string) =>
        `Invalid value ${value} in ${q(field)}. Allowed are ${allowed} or blank.` +
        (meant !== undefined
          ? ` Probably ${meant} is meant — the spelling must match exactly (case, no spaces).`
          : "") +
        ` Please pick the value from the dropdown; until then the summary counts the measure as ${q(invalid)}.`,
    },
    bothTaskTypes: {
      title: "Both P and R",
      description:
        "“Task (P/R)” names statutory task and routine at once (e.g. “P/R”). A measure is either a statutory task (P) or routine (R) — or neither (blank).",
      message: (value: string) =>
        `${value} names both P and R. Please choose one: P (statutory task) or R (routine), or leave it blank.`,
    },
    levelMissing: {
      title: (level: string) => `${level} missing`,
      description:
        "A measure has no degree of goal achievement. While drafting this is a note (“open”); on submission it is an error: submitting declares the rows complete. In a per-unit file only that unit's measures count.",
      onSubmission: (level: string, values: string, unclear: string) =>
        `${level} missing. On submission every measure must be rated: please choose ${values} (${unclear} if no assessment is possible).`,
      whileDrafting: (notRated: string, shown: string) => `${notRated} (${shown}).`,
    },
    remarkMissing: {
      title: "Remark missing",
      description: (low: string, unclear: string) =>
        `A “${low}” or “${unclear}” rating has no remark. The report explains every low or unclear rating; without it the planning office has to ask.`,
      message: (level: string, value: string, remark: string) =>
        `${level} ${value} without a remark. Please give a short reason in ${q(remark)}.`,
    },
    responsibilityContradiction: {
      title: (flag: string, high: string) => `${flag}, yet ${q(high)}`,
      description: (flag: string, yes: string, high: string) =>
        `${q(flag)} is marked ${q(yes)} while the degree of goal achievement is ${q(high)}. Possible, but contradictory at first sight — please check.`,
      message: (flag: string, yes: string, high: string) =>
        `${q(flag)} = ${yes}, but degree of goal achievement ${high}. Please check that both apply and explain in the remark if so.`,
    },
  },
};
