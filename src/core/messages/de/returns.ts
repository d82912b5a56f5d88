/**
 * German texts of the round trip (src/returns): why a workbook cannot be read or a return is refused, the
 * merge's outcomes and reasons, and the reports it writes (merge, catalogue update, comparison of two
 * rounds, rating export). The merge CLI prints the same outcome names as the report.
 */
const q = (text: string) => `„${text}“`;

export const returns = {
  // ----- reading a workbook back (readWorkbook.ts)
  read: {
    notZielbild: "keine Zielbild-Arbeitsmappe (das versteckte Blatt „_Zielbild“ fehlt oder ist unlesbar)",
    newerFormat: (format: number, supported: number) =>
      `mit einer neueren Programmversion erstellt (Format ${format}, unterstützt bis ${supported})`,
    catalogueMissing: "der eingebettete Katalog fehlt oder ist beschädigt",
    historyDamaged: "der gespeicherte Verlauf der abgeschlossenen Runden ist beschädigt",
    finding: (sheet: string, cell: string, message: string) => `Blatt ${q(sheet)}, Zelle ${cell}: ${message}`,
    more: (count: number) => ` (und ${count} weitere)`,
  },

  // ----- a return as a whole (assessReturn.ts)
  assess: {
    structureChanged: (findings: string) => `Aufbau der Datei verändert – ${findings}`,
    otherCatalogue: (id: string, version: string, masterId: string, masterVersion: string) =>
      `gehört zu einem anderen Katalog (${q(id)}, Version ${version}); ` +
      `die Hauptdatei ist ${q(masterId)}, Version ${masterVersion}`,
    otherRound: (earlier: boolean, label: string, round: number, masterLabel: string, masterRound: number) =>
      `stammt aus ${earlier ? "einer früheren" : "einer späteren"} Runde (${q(label)}, Runde ${round}); ` +
      `die Hauptdatei sammelt ${q(masterLabel)} (Runde ${masterRound}). Bitte die Datei der aktuellen Runde verwenden.`,
    invalidCell: (cell: string, message: string) => `Zelle ${cell}: ${message}`,
  },

  // ----- the merge (merge.ts, mergeReport.ts, the merge CLI's summary)
  outcome: { applied: "übernommen", unchanged: "unverändert", conflict: "Konflikt", refused: "abgelehnt" },
  conflict: {
    returnsDiffer: "Rückläufe widersprechen sich",
    masterHasValue: "Hauptdatei hat schon einen Wert",
    otherUnit: "Zeile einer anderen Einheit geändert",
    unitChanged: "Zuständigkeit geändert",
  },
  /** The Zuständig column, named like the input fields in the reports. */
  unitField: "Zuständig",
  reason: {
    fileRefused: (reason: string) => `Datei abgelehnt: ${reason}`,
    unitChanged: (owner: string) =>
      `Zuständigkeit im Rücklauf geändert; die Hauptdatei behält ${owner === "" ? "„ohne Zuständigkeit“" : q(owner)}.`,
    otherUnit: (owner: string) =>
      `Zeile einer anderen Organisationseinheit (${owner || "ohne Zuständigkeit"}) geändert; nicht übernommen.`,
    invalid: (reasons: string) => `ungültige Eingabe: ${reasons}`,
    returnsDiffer: (fields: string, files: string) =>
      `Rückläufe widersprechen sich bei ${fields} (anders in: ${files}); die Hauptdatei bleibt unverändert.`,
    unchanged: "wie in der Hauptdatei",
    masterHasValue:
      "Die Hauptdatei hat hier inzwischen einen anderen Wert als die versandte Datei; er bleibt, bis jemand entscheidet.",
    applied: (fields: string) => `übernommen: ${fields}`,
  },
  mergeReport: {
    title: "# Zusammenführung der Rückläufe",
    master: (file: string) => `- Hauptdatei: ${file}`,
    out: (file: string) => `- Ergebnis: ${file}`,
    returns: (count: number) => `- Rückläufe: ${count}`,
    createdAt: (time: string) => `- Erstellt: ${time}`,
    countsHeader: "| Ergebnis | Anzahl |",
    conflictsHeading: "Konflikte",
    conflictsNote: "Die Hauptdatei behält ihren Wert, bis jemand entscheidet.",
    refusedHeading: "Abgelehnt",
    refusedNote: "Nicht übernommen; bitte beim Absender nachfragen.",
    appliedHeading: "Übernommen",
    appliedNote:
      "Von der zuständigen Einheit geänderte Werte, die die Hauptdatei seit dem Versand nicht geändert hatte.",
    unchangedHeading: "Unverändert",
    itemsHeader: "| Datei | Maßnahme | Zuständig | Art | Felder | Grund |",
    blank: "leer",
    change: (field: string, master: string, returned: string) =>
      `${field}: Hauptdatei ${q(master)}, Rücklauf ${q(returned)}`,
    csvHeaders: {
      outcome: "Ergebnis",
      kind: "Art",
      file: "Datei",
      measureId: "Maßnahmen-ID",
      measure: "Maßnahme",
      unit: "Zuständig",
      field: "Feld",
      masterValue: "Wert Hauptdatei",
      returnedValue: "Wert Rücklauf",
      reason: "Grund",
    },
  },

  // ----- the catalogue update's report (catalogueUpdate.ts)
  update: {
    title: "# Katalog-Aktualisierung",
    fromTo: (fromId: string, fromVersion: string, toId: string, toVersion: string) =>
      `Von ${q(fromId)} Version ${fromVersion} auf ${q(toId)} Version ${toVersion}.`,
    countHeader: "| | Anzahl |",
    kept: "Maßnahmen übernommen",
    keptWithRating: "davon mit Bewertung",
    moved: "verschoben oder umbenannt",
    added: "neu (leer)",
    archived: "ins Archiv verschoben",
    restored: "aus dem Archiv zurückgeholt",
    fromCatalogue: "Werte aus dem neuen Katalog",
    enteredOverCatalogue: "Eingaben behalten trotz anderem Katalogwert",
    movedHeading: "Verschoben oder umbenannt",
    addedHeading: "Neu",
    archivedHeading: "Ins Archiv verschoben",
    restoredHeading: "Aus dem Archiv zurückgeholt",
    withRating: " (mit Bewertung)",
    blank: "leer",
    value: (value: string) => q(value),
    keptOver: (entered: string, catalogue: string) => `behalten ${entered}, Katalog ${catalogue}`,
    fieldMoved: (from: string, to: string) => `Handlungsfeld ${q(from)} → ${q(to)}`,
    goalMoved: (from: number, to: number) => `Ziel ${from} → ${to}`,
    titleChanged: "Titel geändert",
  },

  // ----- the rating export (exportRatings.ts)
  export: {
    notInScheme: "kein Wert des Bewertungsschemas; nicht exportiert",
    notTaskType: "weder P noch R; nicht exportiert",
    notFlag: "weder ja noch nein; nicht exportiert",
    warning: (measureId: string, field: string, value: string, problem: string) =>
      `Maßnahme ${measureId}, ${field} ${q(value)}: ${problem}`,
  },

  // ----- per-unit workbooks (unitWorkbooks.ts)
  unknownUnit: (unit: string, known: readonly string[]) =>
    `Die Organisationseinheit ${q(unit)} ist für keine Maßnahme zuständig. Vorhandene Einheiten: ${known.map(q).join(", ") || "keine"}.`,

  // ----- two rounds compared (compareRounds.ts)
  compare: {
    total: "Gesamt",
    csvHeaders: ["ID", "Handlungsfeld", "Maßnahme", "Stufe vorher", "Stufe jetzt", "Veränderung"],
    gone: "nicht mehr im Katalog",
    title: "# Vergleich zweier Runden",
    before: (file: string, round: string) => `- Vorher: ${file} – ${round}`,
    now: (file: string, round: string) => `- Jetzt: ${file} – ${round}`,
    actionField: "Handlungsfeld",
    movedHeading: "## Besser oder schlechter",
    movedHeader: "| ID | Maßnahme | vorher | jetzt |",
    onlyInOlderHeading: "## Nur in der älteren Datei",
  },
};
