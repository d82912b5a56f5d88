/** English texts of the round trip (src/returns): the same keys as de/returns.ts. */
const q = (text: string) => `“${text}”`;

export const returns = {
  read: {
    notZielbild: "not a Zielbild workbook (the hidden sheet “_Zielbild” is missing or unreadable)",
    newerFormat: (format: number, supported: number) =>
      `made by a newer version of the program (format ${format}, supported up to ${supported})`,
    catalogueMissing: "the embedded catalogue is missing or damaged",
    historyDamaged: "the stored history of the closed rounds is damaged",
    finding: (sheet: string, cell: string, message: string) => `sheet ${q(sheet)}, cell ${cell}: ${message}`,
    more: (count: number) => ` (and ${count} more)`,
  },

  assess: {
    structureChanged: (findings: string) => `the file's structure was changed – ${findings}`,
    otherCatalogue: (id: string, version: string, masterId: string, masterVersion: string) =>
      `belongs to another catalogue (${q(id)}, version ${version}); ` +
      `the master file is ${q(masterId)}, version ${masterVersion}`,
    otherRound: (earlier: boolean, label: string, round: number, masterLabel: string, masterRound: number) =>
      `comes from ${earlier ? "an earlier" : "a later"} round (${q(label)}, round ${round}); ` +
      `the master file collects ${q(masterLabel)} (round ${masterRound}). Please use the file of the current round.`,
    invalidCell: (cell: string, message: string) => `cell ${cell}: ${message}`,
  },

  outcome: { applied: "applied", unchanged: "unchanged", conflict: "conflict", refused: "refused" },
  conflict: {
    returnsDiffer: "returns contradict each other",
    masterHasValue: "master file already has a value",
    otherUnit: "row of another unit changed",
    unitChanged: "responsibility changed",
  },
  unitField: "Responsible",
  reason: {
    fileRefused: (reason: string) => `file refused: ${reason}`,
    unitChanged: (owner: string) =>
      `Responsibility changed in the return; the master file keeps ${owner === "" ? "“no responsibility”" : q(owner)}.`,
    otherUnit: (owner: string) =>
      `Row of another organisational unit (${owner || "no responsibility"}) changed; not applied.`,
    invalid: (reasons: string) => `invalid entry: ${reasons}`,
    returnsDiffer: (fields: string, files: string) =>
      `Returns contradict each other on ${fields} (different in: ${files}); the master file stays unchanged.`,
    unchanged: "as in the master file",
    masterHasValue:
      "The master file now holds another value here than the file that was sent out; it stays until someone decides.",
    applied: (fields: string) => `applied: ${fields}`,
  },
  mergeReport: {
    title: "# Merge of the returns",
    master: (file: string) => `- Master file: ${file}`,
    out: (file: string) => `- Result: ${file}`,
    returns: (count: number) => `- Returns: ${count}`,
    createdAt: (time: string) => `- Created: ${time}`,
    countsHeader: "| Outcome | Count |",
    conflictsHeading: "Conflicts",
    conflictsNote: "The master file keeps its value until someone decides.",
    refusedHeading: "Refused",
    refusedNote: "Not applied; please ask the sender.",
    appliedHeading: "Applied",
    appliedNote:
      "Values changed by the responsible unit that the master file had not changed since the files were sent out.",
    unchangedHeading: "Unchanged",
    itemsHeader: "| File | Measure | Responsible | Kind | Fields | Reason |",
    blank: "blank",
    change: (field: string, master: string, returned: string) =>
      `${field}: master file ${q(master)}, return ${q(returned)}`,
    csvHeaders: {
      outcome: "Outcome",
      kind: "Kind",
      file: "File",
      measureId: "Measure ID",
      measure: "Measure",
      unit: "Responsible",
      field: "Field",
      masterValue: "Value master file",
      returnedValue: "Value return",
      reason: "Reason",
    },
  },

  update: {
    title: "# Catalogue update",
    fromTo: (fromId: string, fromVersion: string, toId: string, toVersion: string) =>
      `From ${q(fromId)} version ${fromVersion} to ${q(toId)} version ${toVersion}.`,
    countHeader: "| | Count |",
    kept: "Measures kept",
    keptWithRating: "of which rated",
    moved: "moved or renamed",
    added: "new (blank)",
    archived: "moved to the archive",
    restored: "brought back from the archive",
    fromCatalogue: "Values from the new catalogue",
    enteredOverCatalogue: "Entries kept despite another catalogue value",
    movedHeading: "Moved or renamed",
    addedHeading: "New",
    archivedHeading: "Moved to the archive",
    restoredHeading: "Brought back from the archive",
    withRating: " (rated)",
    blank: "blank",
    value: (value: string) => q(value),
    keptOver: (entered: string, catalogue: string) => `kept ${entered}, catalogue ${catalogue}`,
    fieldMoved: (from: string, to: string) => `action field ${q(from)} → ${q(to)}`,
    goalMoved: (from: number, to: number) => `goal ${from} → ${to}`,
    titleChanged: "title changed",
  },

  export: {
    notInScheme: "not a value of the rating scheme; not exported",
    notTaskType: "neither P nor R; not exported",
    notFlag: "neither yes nor no; not exported",
    warning: (measureId: string, field: string, value: string, problem: string) =>
      `measure ${measureId}, ${field} ${q(value)}: ${problem}`,
  },

  unknownUnit: (unit: string, known: readonly string[]) =>
    `The organisational unit ${q(unit)} is responsible for no measure. Units there are: ${known.map(q).join(", ") || "none"}.`,

  compare: {
    total: "Total",
    csvHeaders: ["ID", "Action field", "Measure", "Level before", "Level now", "Change"],
    gone: "no longer in catalogue",
    title: "# Comparison of two rounds",
    before: (file: string, round: string) => `- Before: ${file} – ${round}`,
    now: (file: string, round: string) => `- Now: ${file} – ${round}`,
    actionField: "Action field",
    movedHeading: "## Better or worse",
    movedHeader: "| ID | Measure | before | now |",
    onlyInOlderHeading: "## Only in the older file",
  },
};
