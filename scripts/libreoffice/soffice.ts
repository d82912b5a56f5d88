/**
 * Runs LibreOffice headless on a copy of a workbook: recalculates it on load (or deliberately not, as a
 * control) and converts it to .xlsx or .pdf. Each call gets a fresh folder, so no stale ".~lock" file or
 * earlier output can be mistaken for a result; the LibreOffice profile is a throwaway one per mode that
 * sets the OOXML recalculation mode ("always" = 0, "never" = 1).
 *
 * CLI: npx tsx scripts/libreoffice/soffice.ts IN.xlsx OUT.(xlsx|pdf) [--no-recalc]
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type RecalcMode = "always" | "never";
export type Target = "xlsx" | "pdf" | "ods" | "csv";

const FILTERS: Record<Target, string> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  pdf: "pdf:calc_pdf_Export",
  ods: "ods",
  csv: "csv",
};

const profiles = new Map<RecalcMode, Promise<string>>();

/** Converts the workbook bytes with LibreOffice and returns the converted file's bytes. */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  target: Target,
  recalc: RecalcMode = "always",
): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "zielbild-lo-"));
  try {
    const input = path.join(work, "input.xlsx");
    const outDir = path.join(work, "out");
    await fs.writeFile(input, bytes);
    const profile = await profileFor(recalc);
    await run(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileUrl(profile)}`,
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        FILTERS[target],
        "--outdir",
        outDir,
        input,
      ],
      { timeout: 180000 },
    );
    const output = path.join(outDir, `input.${target}`);
    try {
      return new Uint8Array(await fs.readFile(output));
    } catch {
      throw new Error(
        `LibreOffice hat keine Datei ${path.basename(output)} erzeugt (Konvertierung fehlgeschlagen)`,
      );
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

function profileFor(recalc: RecalcMode): Promise<string> {
  let profile = profiles.get(recalc);
  if (!profile) {
    profile = createProfile(recalc);
    profiles.set(recalc, profile);
  }
  return profile;
}

async function createProfile(recalc: RecalcMode): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `zielbild-lo-profile-${recalc}-`));
  const mode = recalc === "always" ? 0 : 1;
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item("OOXMLRecalcMode")}
${item("ODFRecalcMode")}
</oor:items>
`,
  );
  return dir;
}

function pathToFileUrl(dir: string): string {
  return "file://" + dir.split(path.sep).map(encodeURIComponent).join("/");
}

async function main(args: string[]): Promise<void> {
  const [input, output] = args.filter((a) => !a.startsWith("--"));
  if (!input || !output)
    throw new Error("Aufruf: soffice.ts EINGABE.xlsx AUSGABE.(xlsx|pdf|ods|csv) [--no-recalc]");
  const target = path.extname(output).slice(1) as Target;
  if (!(target in FILTERS)) throw new Error(`Unbekanntes Zielformat: ${target}`);
  const bytes = await convertWithLibreOffice(
    new Uint8Array(await fs.readFile(input)),
    target,
    args.includes("--no-recalc") ? "never" : "always",
  );
  await fs.writeFile(output, bytes);
  console.log(`${output} geschrieben (${bytes.length} Bytes)`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
