/**
 * German texts of the checks (src/validation): each rule's title, description and findings, the check
 * reports (CLI table, ribbon dialog, docs/pruefregeln.md) and why a workbook cannot be checked. Values of
 * the scheme (levels, headers, yes/no) come in as parameters; `value` quotes a cell's value.
 */
const q = (text: string) => `„${text}“`;

const RESTORE_ROW = "Bitte Zeile wiederherstellen oder die Datei neu von der Planungsstelle anfordern.";
const REQUEST_NEW =
  "Bitte die Änderung rückgängig machen oder die Datei neu von der Planungsstelle anfordern.";

export const validation = {
  // ----- values in findings (rule.ts)
  /** A cell's value as it shows, quoted. */
  value: (text: string) => q(text),
  true: "WAHR",
  false: "FALSCH",
  or: "oder",

  // ----- why a workbook cannot be checked (expectedPlan.ts)
  unreadable: {
    notZielbild:
      "Das ist keine Zielbild-Arbeitsmappe: das versteckte Blatt „_Zielbild“ fehlt oder ist unlesbar.",
    newerFormat: (format: number, supported: number) =>
      `Die Arbeitsmappe stammt von einer neueren Programmversion (Format ${format}, unterstützt bis ${supported}).`,
    catalogueMissing: "Der in der Arbeitsmappe gespeicherte Zielkatalog fehlt oder ist beschädigt.",
    historyDamaged: "Der in der Arbeitsmappe gespeicherte Verlauf der abgeschlossenen Runden ist beschädigt.",
  },

  // ----- the ribbon's "Prüfen" dialog (checkReport.ts)
  dialog: {
    noOverviewTitle: "Keine Zielbild-Übersicht",
    noOverview:
      "Diese Arbeitsmappe enthält keine Bewertungsübersicht. Bitte zuerst im Aufgabenbereich erstellen.",
    cannotCheck: "Prüfung nicht möglich",
    counts: (errors: number, warnings: number, infos: number) =>
      `${errors} Fehler, ${warnings} Warnungen, ${infos} Hinweise`,
  },

  // ----- the findings as a table (format.ts) and the rules as Markdown (describe.ts)
  report: {
    severityTitle: { error: "Fehler", warning: "Warnungen", info: "Hinweise" },
    headers: { cell: "Zelle", rule: "Regel", measure: "Maßnahme", message: "Meldung" },
    sheet: (name: string) => `Blatt ${q(name)}`,
    noFindings: "Keine Befunde.",
    summary: (errors: number, warnings: number, infos: number) =>
      `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}, ${infos} ${infos === 1 ? "Hinweis" : "Hinweise"}`,
    severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
    severityByMode: (draft: string, submit: string) => `${draft} im Entwurf, ${submit} bei Abgabe`,
    severityLabel: "Schwere",
  },

  // ----- the rules (src/validation/rules)
  rules: {
    structure: {
      title: "Aufbau der Datei verändert",
      description:
        "Der Aufbau der Datei weicht von dem ab, was die Planungsstelle erzeugt hat: ein Blatt umbenannt oder gelöscht, eine Maßnahmen-ID fehlt oder kommt doppelt vor, eine Zeile wurde gelöscht, eingefügt oder zu einem anderen Ziel oder Handlungsfeld verschoben, ein Katalogtext geändert oder eine Formel durch einen Wert überschrieben. Dann stimmen Übersicht und Zusammenführung nicht mehr. Eine innerhalb desselben Ziels veränderte Reihenfolge ist nur eine Warnung, ein zusätzliches Blatt nur ein Hinweis.",
      sheetMissing: (sheet: string) =>
        `Das Blatt ${q(sheet)} fehlt – es wurde gelöscht oder so umbenannt, dass es nicht mehr erkennbar ist. Ohne dieses Blatt fehlen Bewertungen und Formeln. Bitte die Datei neu von der Planungsstelle anfordern.`,
      sheetRenamed: (expected: string, now: string) =>
        `Das Blatt ${q(expected)} wurde in ${q(now)} umbenannt. Übersicht und Zusammenführung finden Blätter über ihren Namen. Bitte das Blatt wieder in ${q(expected)} umbenennen.`,
      extraSheet: (sheet: string) =>
        `Zusätzliches Blatt ${q(sheet)}: Es gehört nicht zur Bewertungsübersicht und wird bei der Auswertung nicht berücksichtigt.`,
      /** `now`: what stands in the ID cell instead (quoted), when the ID was overwritten. */
      measureMissing: (measure: string, sheet: string, cell: string, now: string | undefined) =>
        `Die Maßnahme ${measure} fehlt: Ihre ID steht nirgends mehr (erwartet auf Blatt ${q(sheet)}, Zelle ${cell}). ${now !== undefined ? `Dort steht jetzt ${now} – die ID wurde überschrieben. ` : "Vermutlich wurde die Zeile gelöscht. "}${RESTORE_ROW}`,
      movedField: (measure: string, from: string, goal: number, to: string, row: number | undefined) =>
        `Die Maßnahme ${measure} gehört auf das Blatt ${q(from)} (Ziel ${goal}), steht aber auf ${q(to)} in Zeile ${row}. Die Zeile wurde in ein anderes Handlungsfeld verschoben. ${RESTORE_ROW}`,
      movedGoal: (measure: string, goal: number, row: number | undefined, toGoal: number) =>
        `Die Maßnahme ${measure} gehört zu Ziel ${goal}, steht aber jetzt in Zeile ${row} bei Ziel ${toGoal}. Die Zeile wurde verschoben. ${RESTORE_ROW}`,
      reordered: (measure: string, goal: number, row: number | undefined, plannedRow: number) =>
        `Die Maßnahme ${measure} steht innerhalb von Ziel ${goal} an anderer Stelle (Zeile ${row} statt ${plannedRow}). Bitte die ursprüngliche Reihenfolge wiederherstellen.`,
      duplicate: (id: string, row: number, otherSheet: string, otherRow: number) =>
        `Die ID ${id} kommt mehrfach vor: hier in Zeile ${row} und auf ${q(otherSheet)} in Zeile ${otherRow}. Vermutlich wurde die Zeile kopiert; dann ist unklar, welche Bewertung gilt. Bitte die Kopie löschen.`,
      shifted: (row: number, count: number, down: boolean, first: string, plannedRow: number) =>
        `Ab Zeile ${row} stehen die Maßnahmen ${count} Zeile${count === 1 ? "" : "n"} ${down ? "tiefer" : "höher"} als vorgesehen (zuerst ${first}, vorgesehen in Zeile ${plannedRow}). Darüber wurde vermutlich eine Zeile ${down ? "eingefügt" : "gelöscht"}; Formeln, Farben und Auswahllisten gelten aber für die vorgesehenen Zeilen. ${down ? "Bitte die eingefügte Zeile wieder löschen" : "Bitte die gelöschte Zeile wiederherstellen"} oder die Datei neu von der Planungsstelle anfordern.`,
      textChanged: (cell: string, expected: string, found: string) =>
        `Katalogtext in ${cell} wurde geändert: erwartet ${expected}, gefunden ${found}. Texte des Zielkatalogs ändert nur die Planungsstelle. ${REQUEST_NEW}`,
      formulaDeleted: (cell: string) =>
        `Die Formel in ${cell} wurde gelöscht. Dort wird nicht mehr gerechnet. ${REQUEST_NEW}`,
      /** `now`: the fixed value that replaced one formula (quoted); undefined for several. */
      formulasReplaced: (cells: string, one: boolean, now: string | undefined) =>
        `${one ? "Die Formel in" : "Die Formeln in"} ${cells} ${one ? "wurde" : "wurden"} durch ${one ? "einen festen Wert" : "feste Werte"} ersetzt${now !== undefined ? ` (jetzt ${now})` : ""}. Dort wird nicht mehr gerechnet, die Übersicht stimmt nicht mehr. ${REQUEST_NEW}`,
    },
    leftoverBackup: {
      title: "Sicherungsblatt übrig geblieben",
      description:
        "In der Arbeitsmappe steht ein Blatt, dessen Name mit „~zb-alt-“ beginnt – auch ausgeblendet oder sehr ausgeblendet. Solche Sicherungen legt das Add-in beim Neuaufbau der Übersicht an und löscht sie am Ende; bleibt eines übrig, ist ein Neuaufbau abgebrochen oder das Löschen gescheitert. Es enthält einen älteren Stand und wird nicht ausgewertet. Der Befund sagt, wann es gelöscht werden kann und wann es den einzigen Stand mit den Eingaben enthält.",
      visibility: { visible: "sichtbar", hidden: "ausgeblendet", veryHidden: "sehr ausgeblendet" },
      message: (sheet: string, seen: string, veryHidden: boolean) =>
        `Das Blatt ${q(sheet)} (${seen}) ist eine Sicherung, die ein abgebrochener Neuaufbau der Übersicht ` +
        `angelegt und nicht wieder entfernt hat. Es enthält einen älteren Stand eines Blatts der Übersicht und ` +
        `wird bei der Auswertung nicht berücksichtigt. Ist die Übersicht vollständig (keine Fehler im Aufbau), ` +
        `wird es nicht mehr gebraucht: im Aufgabenbereich unter „Prüfen“ mit „Sicherungsblätter entfernen“ ` +
        `löschen${veryHidden ? " – ein sehr ausgeblendetes Blatt lässt sich in Excel selbst nicht einblenden" : ""}. ` +
        `Fehlen dagegen Blätter der Übersicht, bitte nicht löschen: Dann enthält es womöglich den einzigen Stand ` +
        `mit Ihren Eingaben. Stellen Sie in diesem Fall die zuletzt gespeicherte Fassung wieder her (Datei → ` +
        `Informationen → Versionsverlauf).`,
    },
    historyEdited: {
      title: "Verlauf verändert",
      description:
        "Im Blatt „Verlauf“ steht in einer Zelle nicht mehr, was beim Abschluss der Runde festgehalten wurde. Der Verlauf ist schreibgeschützt; eine vollständige Kopie ist in der Arbeitsmappe gespeichert, es geht also nichts verloren. Die Spalten „Stufe Vorrunde“ und „Veränderung“ lesen aber das Blatt und zeigen bis zum Neuaufbau der Übersicht falsche Ergebnisse.",
      /** `cells`: the first few addresses; `more`: how many more (0: none). */
      message: (count: number, cells: string, more: number) =>
        `Im Verlauf ${count === 1 ? "wurde die Zelle" : "wurden die Zellen"} ${cells}` +
        `${more ? ` und ${more} weitere` : ""} verändert. Der Verlauf ist schreibgeschützt; „Übersicht neu ` +
        `aufbauen“ stellt ihn aus der in der Arbeitsmappe gespeicherten Kopie wieder her.`,
    },
    valueOutsideScheme: {
      title: "Wert außerhalb des Bewertungsschemas",
      description: (fields: string, highCapitalized: string, high: string, invalid: string) =>
        `Ein Auswahlfeld (${fields}) enthält einen Wert, den die Auswahlliste nicht anbietet – etwa hineinkopiert. Die Schreibweise muss genau stimmen: „${highCapitalized}“ oder „ ${high}“ (mit Leerzeichen) sind ungültig – genau so zählen auch die Formeln der Datei solche Maßnahmen als „${invalid}“.`,
      /** `value`, `allowed` and `meant` come quoted; `meant` is undefined when no allowed value is near. */
      message: (value: string, field: string, allowed: string, meant: string | undefined, invalid: string) =>
        `Ungültiger Wert ${value} in ${q(field)}. Erlaubt sind ${allowed} oder leer.` +
        (meant !== undefined
          ? ` Gemeint ist wohl ${meant} – die Schreibweise muss genau stimmen (Groß-/Kleinschreibung, keine Leerzeichen).`
          : "") +
        ` Bitte den Wert aus der Auswahlliste wählen; bis dahin zählt die Übersicht die Maßnahme als ${q(invalid)}.`,
    },
    bothTaskTypes: {
      title: "P und R zugleich",
      description:
        "In „Aufgabe (P/R)“ stehen Pflichtaufgabe und Routine zugleich (z. B. „P/R“). Eine Maßnahme ist entweder Pflichtaufgabe (P) oder Routine (R) – oder keines von beiden (leer).",
      message: (value: string) =>
        `${value} nennt P und R zugleich. Bitte nur eines wählen: P (Pflichtaufgabe) oder R (Routine), oder leer lassen.`,
    },
    levelMissing: {
      title: (level: string) => `${level} fehlt`,
      description:
        "Für eine Maßnahme ist kein Zielerreichungsgrad eingetragen. Im Entwurf ist das ein Hinweis („offen“), bei der Abgabe ein Fehler: Wer abgibt, erklärt seine Zeilen für vollständig. In einer Datei für eine Organisationseinheit zählen nur deren Maßnahmen.",
      /** `values` and `unclear` come quoted. */
      onSubmission: (level: string, values: string, unclear: string) =>
        `${level} fehlt. Bei der Abgabe muss jede Maßnahme bewertet sein: bitte ${values} wählen (${unclear}, wenn keine Einschätzung möglich ist).`,
      whileDrafting: (notRated: string, shown: string) => `${notRated} (${shown}).`,
    },
    remarkMissing: {
      title: "Bemerkung fehlt",
      description: (low: string, unclear: string) =>
        `Bei „${low}“ oder „${unclear}“ fehlt die Bemerkung. Der Bericht begründet jede geringe oder unklare Zielerreichung; ohne Begründung muss die Planungsstelle nachfragen.`,
      /** `value` comes quoted. */
      message: (level: string, value: string, remark: string) =>
        `${level} ${value} ohne ${remark}. Bitte in ${q(remark)} kurz begründen.`,
    },
    responsibilityContradiction: {
      title: (flag: string, high: string) => `${flag}, aber ${q(high)}`,
      description: (flag: string, yes: string, high: string) =>
        `${q(flag)} ist mit ${q(yes)} markiert, der Zielerreichungsgrad aber ${q(high)}. Das ist möglich, widerspricht sich aber auf den ersten Blick – bitte prüfen.`,
      /** `yes` and `high` come quoted. */
      message: (flag: string, yes: string, high: string) =>
        `${q(flag)} = ${yes}, aber Zielerreichungsgrad ${high}. Bitte prüfen, ob beides zutrifft, und ggf. in der Bemerkung erläutern.`,
    },
  },
};
