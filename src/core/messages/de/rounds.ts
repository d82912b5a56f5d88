/** German texts of the rounds' command-line tools: `round` (start the next round) and `compare` (two files). */
const ROUND_USAGE =
  'Aufruf: npm run round -- DATEI.xlsx --label "BEZEICHNUNG" --out NEU.xlsx [--date JJJJ-MM-TT] [--clear] [--force]\n' +
  "       [--all-units ORDNER] [--password KENNWORT]";

const COMPARE_USAGE = "Aufruf: npm run compare -- ALT.xlsx NEU.xlsx [--csv AUS.csv] [--md AUS.md]";

export const rounds = {
  round: {
    usage: ROUND_USAGE,
    help: `Zielbild – eine neue Runde beginnen

${ROUND_USAGE}

Hält die Eingaben aller Maßnahmen der laufenden Runde im Blatt „Verlauf“ fest (schreibgeschützt, je
Maßnahmen-ID) und schreibt die Arbeitsmappe der nächsten Runde. Die Eingaben bleiben als Ausgangspunkt
stehen, mit --clear werden die Bewertungen geleert (die Zuständigkeiten bleiben). Neben jeder Maßnahme
zeigen „Stufe Vorrunde“ und „Veränderung“, was sich seit der letzten Runde bewegt hat; die Übersicht zählt
es je Handlungsfeld. Die Ausgangsdatei bleibt unverändert.

Optionen:
  --label BEZEICHNUNG    Name der neuen Runde, z. B. "Sachstand 2025" (Pflicht)
  --out DATEI.xlsx       die Arbeitsmappe der neuen Runde (Pflicht)
  --date JJJJ-MM-TT      Stichtag der neuen Runde (Vorgabe: heute)
  --clear                Bewertungen leeren statt übernehmen
  --force                auch mit ungültigen Eingaben beginnen (sie werden festgehalten, wie sie sind)
  --all-units ORDNER     dazu je Organisationseinheit eine Arbeitsmappe der neuen Runde zum Versenden
                         (sie zeigen die übernommenen Eingaben; die Zusammenführung misst Rückläufe daran)
  --password KENNWORT    Blattschutz-Kennwort der neuen Arbeitsmappe
  --lang de|en           Sprache der Meldungen
  --help, -h             diese Hilfe

Beispiel:
  npm run round -- Bewertung-2024.xlsx --label "Sachstand 2025" --out Bewertung-2025.xlsx

Exit-Code: 0 geschrieben, 1 Fehler in der Datei oder ungültige Eingaben (nichts geschrieben),
2 falscher Aufruf.
`,
    oneWorkbook: "Genau eine Arbeitsmappe angeben.",
    unitProgress: (done: number, total: number, file: string) => `Arbeitsmappe ${done}/${total}: ${file}`,
    labelMissing: 'Bitte die Bezeichnung der neuen Runde angeben: --label "Sachstand 2025".',
    outMissing: "Bitte angeben, wohin die Arbeitsmappe der neuen Runde geschrieben wird: --out NEU.xlsx.",
    badDate: (value: string) => `„${value}“ ist kein Datum im Format JJJJ-MM-TT.`,
    unitWorkbook: (unit: string) =>
      `Die Datei ist die Arbeitsmappe der Organisationseinheit „${unit}“. Eine neue Runde beginnt in der Hauptdatei.`,
    invalid: (count: number, findings: string) =>
      `Die Arbeitsmappe hat ${count} ${count === 1 ? "ungültige Eingabe" : "ungültige Eingaben"}: ${findings}. ` +
      `Bitte korrigieren – oder mit --force beginnen; dann wird im Verlauf festgehalten, was eingetragen ist.`,
    structure: (findings: string) =>
      `Der Aufbau der Datei ist verändert, die Eingaben lassen sich nicht sicher lesen: ${findings}.`,
    started: (number: number, label: string, date: string) =>
      `Runde ${number} „${label}“ (Stand ${date}) begonnen.`,
    frozen: (count: number, previous: string) =>
      `${count} Maßnahmen mit ihren Eingaben im Verlauf festgehalten (${previous}).`,
    kept: "Die Eingaben stehen als Ausgangspunkt der neuen Runde.",
    cleared: "Die Bewertungen sind geleert, die Zuständigkeiten geblieben.",
    forced: (count: number) =>
      `Warnung: ${count} ungültige ${count === 1 ? "Eingabe wurde" : "Eingaben wurden"} so festgehalten, wie ${count === 1 ? "sie ist" : "sie sind"}.`,
  },
  compare: {
    usage: COMPARE_USAGE,
    help: `Zielbild – zwei Runden vergleichen

${COMPARE_USAGE}

Vergleicht zwei Arbeitsmappen desselben Katalogs (z. B. die Runden zweier Jahre als getrennte Dateien)
je Maßnahme über ihre ID: besser, schlechter, gleich, von/zu unklar, neu bewertet, nicht mehr bewertet,
neu im Katalog (hoch > mittel > gering; ein Wechsel von oder zu „unklar“ zählt für sich). Auch über
Katalogversionen hinweg; Maßnahmen, die nur in einer Datei stehen, werden genannt. Gibt die Zahlen je
Handlungsfeld aus; schreibt nichts, wenn eine Datei nicht lesbar ist.

Optionen:
  --csv DATEI.csv      je Maßnahme eine Zeile (Trennzeichen ;, UTF-8 mit BOM)
  --md DATEI.md        Bericht in Markdown
  --lang de|en         Sprache der Meldungen
  --help, -h           diese Hilfe

Beispiel:
  npm run compare -- Bewertung-2024.xlsx Bewertung-2025.xlsx --md Vergleich.md

Exit-Code: 0 verglichen, 1 Datei unlesbar oder anderer Katalog (nichts geschrieben), 2 falscher Aufruf.
`,
    twoWorkbooks: "Genau zwei Arbeitsmappen angeben: die ältere und die neuere.",
    otherCatalogue: (older: string, newer: string) =>
      `Die Dateien gehören zu verschiedenen Katalogen („${older}“ und „${newer}“) und lassen sich nicht vergleichen.`,
    heading: (older: string, newer: string) => `Vergleich: ${older} → ${newer}`,
    actionField: "Handlungsfeld",
    onlyInOlder: (count: number) => `${count} Maßnahmen stehen nur in der älteren Datei.`,
  },
};
