import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

// office-addin-manifest loads ES modules that Jest's CommonJS runtime cannot, so the check runs as
// the CLI that `npm run validate:offline` runs.
jest.setTimeout(30_000);

const repoRoot = path.resolve(__dirname, "..", "..");
const realManifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
let tempDir: string;

beforeEach(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), "zielbild-manifest-"));
  mkdirSync(path.join(tempDir, "assets"));
  for (const size of [16, 32, 64, 80]) {
    copyFileSync(
      path.join(repoRoot, "assets", `icon-${size}.png`),
      path.join(tempDir, "assets", `icon-${size}.png`),
    );
  }
});

afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

function runCli(args: string[]): { status: number | null; stdout: string; problems: string[] } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-manifest.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  const problems = result.stderr
    .split("\n")
    .filter((line) => line.startsWith("  "))
    .map((line) => line.trim());
  return { status: result.status, stdout: result.stdout, problems };
}

/** Writes the real manifest with one edit into the temp dir and checks it against the temp assets. */
function checkEdited(edit: (xml: string) => string): string[] {
  const edited = edit(realManifest);
  expect(edited).not.toBe(realManifest);
  const manifestPath = path.join(tempDir, "manifest.xml");
  writeFileSync(manifestPath, edited);
  const result = runCli([manifestPath, "--assets", path.join(tempDir, "assets")]);
  expect(result.status).toBe(1);
  return result.problems;
}

test("the committed manifest passes", () => {
  const result = runCli([]);
  expect(result.problems).toEqual([]);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("manifest.xml: in Ordnung");
});

test("a requirement set below what the code needs fails and names REQUIRED_EXCEL_API", () => {
  const problems = checkEdited((xml) => xml.replace('MinVersion="1.9"', 'MinVersion="1.8"'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(
    /ExcelApi MinVersion ist "1\.8", der Code braucht genau 1\.9 \(REQUIRED_EXCEL_API/,
  );
});

test("a manifest without an ExcelApi set fails", () => {
  const problems = checkEdited((xml) => xml.replace(/<Set Name="ExcelApi"[^>]*\/>/, ""));
  expect(problems).toEqual([expect.stringContaining('nennt kein <Set Name="ExcelApi">')]);
});

test("a URL on another origin fails with its place", () => {
  const problems = checkEdited((xml) =>
    xml.replace(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
    ),
  );
  expect(problems).toEqual([
    'manifest.xml: OfficeApp/DefaultSettings/SourceLocation@DefaultValue: "http://localhost:3000/taskpane.html" ' +
      "zeigt nicht auf den Dev-Server https://localhost:3000/",
  ]);
});

test("a page the build does not emit fails", () => {
  const problems = checkEdited((xml) => xml.replace("3000/commands.html", "3000/functions.html"));
  expect(problems).toEqual([
    expect.stringMatching(
      /bt:Url\[id=Commands\.Url\]@DefaultValue: "functions\.html" ist keine Seite, die der Build/,
    ),
  ]);
});

test("an icon whose PNG size differs from the manifest's size fails", () => {
  copyFileSync(path.join(repoRoot, "assets", "icon-32.png"), path.join(tempDir, "assets", "icon-16.png"));
  const problems = checkEdited((xml) =>
    xml.replace("<ProviderName>Zielbild contributors", "<ProviderName>Zielbild-Team"),
  );
  expect(problems).toEqual([
    expect.stringMatching(
      /bt:Image\[id=Icon\.16x16\]@DefaultValue: assets\/icon-16\.png ist 32×32 px, das Manifest verlangt 16×16 px/,
    ),
  ]);
});

test("IconUrl must be 32 px and HighResolutionIconUrl 64 px", () => {
  const problems = checkEdited((xml) =>
    xml.replace(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
    ),
  );
  expect(problems).toEqual([
    expect.stringContaining(
      "IconUrl@DefaultValue: assets/icon-64.png ist 64×64 px, das Manifest verlangt 32×32 px",
    ),
  ]);
});

test("a missing icon file and a non-PNG icon fail", () => {
  unlinkSync(path.join(tempDir, "assets", "icon-80.png"));
  writeFileSync(path.join(tempDir, "assets", "icon-64.png"), "not a png");
  const problems = checkEdited((xml) =>
    xml.replace("<ProviderName>Zielbild contributors", "<ProviderName>Zielbild-Team"),
  );
  expect(problems).toEqual([
    expect.stringContaining("HighResolutionIconUrl@DefaultValue: assets/icon-64.png ist keine PNG-Datei."),
    expect.stringContaining("Symboldatei assets/icon-80.png fehlt."),
  ]);
});

test("a resid without a resource fails", () => {
  const problems = checkEdited((xml) =>
    xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'),
  );
  expect(problems).toEqual([
    expect.stringMatching(/Group\[id=Zielbild\.Group\]\/Label: resid "Group\.Lable" fehlt in <Resources>\./),
  ]);
});

test("a function command the commands page does not register fails", () => {
  const problems = checkEdited((xml) => xml.replace("<FunctionName>runCheck<", "<FunctionName>runChecks<"));
  expect(problems).toEqual([
    expect.stringMatching(
      /FunctionName: Funktion "runChecks" wird in .*commands\.ts nicht mit Office\.actions\.associate registriert/,
    ),
  ]);
});

test("an add-in that is not a task pane for Excel fails", () => {
  const problems = checkEdited((xml) =>
    xml
      .replace('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"')
      .replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
  );
  expect(problems).toEqual([
    expect.stringContaining('OfficeApp xsi:type ist "ContentApp", erwartet "TaskPaneApp"'),
    expect.stringContaining('<Hosts> nennt nicht "Workbook"'),
  ]);
});

test("malformed XML fails with a parse message", () => {
  const problems = checkEdited((xml) => xml.replace("</Hosts>", "</Hostz>"));
  expect(problems).toEqual([
    expect.stringMatching(/^manifest\.xml: lässt sich nicht lesen: Unable to parse the manifest file/),
  ]);
});

test("the CLI reports every problem at once", () => {
  unlinkSync(path.join(tempDir, "assets", "icon-32.png"));
  const problems = checkEdited((xml) =>
    xml.replace('MinVersion="1.9"', 'MinVersion="1.6"').replace("3000/taskpane.html", "3001/taskpane.html"),
  );
  expect(problems).toHaveLength(4);
  expect(problems.join("\n")).toMatch(/zeigt nicht auf den Dev-Server/);
  expect(problems.join("\n")).toMatch(/IconUrl@DefaultValue: Symboldatei assets\/icon-32\.png fehlt/);
  expect(problems.join("\n")).toMatch(
    /bt:Image\[id=Icon\.32x32\]@DefaultValue: Symboldatei assets\/icon-32\.png fehlt/,
  );
  expect(problems.join("\n")).toMatch(/ExcelApi MinVersion ist "1\.6"/);
});
