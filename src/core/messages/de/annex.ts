/**
 * German texts of the Word documents (src/annex: the annex and the Sachstand) and of the annex's own
 * errors. Levels, symbols and their meanings come from the rating scheme; the table headers and legend
 * headings from the workbook's labels.
 */
export const annex = {
  labels: {
    annexHeading: "Übersicht: Bewertung der inhaltlichen Zielerreichung der Maßnahmen",
    annexKind: "Anlage",
    sachstandKind: "Sachstand je Handlungsfeld",
    sachstandIntro:
      "Arbeitsunterlage für die Berichtskapitel: je Handlungsfeld die Zahlen der Übersicht, die Maßnahmen nach Zielerreichungsgrad mit ihren Bemerkungen und die markierten Maßnahmen.",
    catalogue: "Katalog",
    catalogueVersion: "Stand des Katalogs",
    workbookUnit: "Organisationseinheit",
    createdOn: "Erstellt am",
    page: "Seite",
    pageOf: "von",
    figures: "Kennzahlen",
    figure: "Kennzahl",
    count: "Anzahl",
    shareOfRated: "Anteil an bewertet",
    measuresCount: "Maßnahmen",
    goalsCount: "Ziele",
    rated: "bewertet",
    byLevel: "Maßnahmen nach Zielerreichungsgrad",
    marked: "Markierte Maßnahmen",
    changes: "Veränderungen seit der letzten Runde",
    before: "vorher",
    now: "jetzt",
    remark: "Bemerkung",
    remarkBefore: "Bemerkung vorher",
    unit: "Zuständig",
    none: "keine",
    legendShown: "Anzeige",
    legendName: "Bezeichnung",
    legendMeaning: "Bedeutung",
    noChanges: "Keine Veränderungen.",
  },
  unknownFields: (missing: readonly number[], present: readonly number[]) =>
    `Handlungsfeld ${missing.join(", ")} gibt es in der Arbeitsmappe nicht (vorhanden: ${present.join(", ")}).`,
};
