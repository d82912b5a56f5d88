/**
 * Compares two workbooks of the same catalogue (rounds kept as separate files): per measure by ID, how
 * its degree of goal achievement moved, counted per action field; optionally as CSV and Markdown.
 *
 *   npm run compare -- ALT.xlsx NEU.xlsx [--csv AUS.csv] [--md AUS.md]
 *
 * Exit 0 compared, 1 a file unreadable or of another catalogue (nothing written), 2 wrong call.
 */
import path from "node:path";
import { compareWorkbooks, comparisonCsv, comparisonMarkdown } from "../returns/compareRounds";
import { CHANGES } from "../scheme/ratingScheme";
import {
  consoleIo,
  FailedError,
  parseArgs,
  runCommand,
  startCli,
  stringOption,
  table,
  UsageError,
  writeAllAtomically,
  type CommandInfo,
  type Io,
  type OutFile,
} from "./io";
import { readIntactWorkbook } from "./returnsIo";

export const COMPARE_COMMAND: CommandInfo = {
  name: "compare",
  usage: (m) => m.rounds.compare.usage,
  help: (m) => m.rounds.compare.help,
};

export async function runCompareCli(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(COMPARE_COMMAND, argv, io, async (m, lang) => {
    const { positional, options } = parseArgs(argv, [], ["csv", "md"], m);
    if (positional.length !== 2) throw new UsageError(m.rounds.compare.twoWorkbooks);
    const [olderFile, newerFile] = positional as [string, string];
    const older = (await readIntactWorkbook(olderFile, m, lang)).workbook;
    const newer = (await readIntactWorkbook(newerFile, m, lang)).workbook;
    if (older.catalogue.id !== newer.catalogue.id)
      throw new FailedError(m.rounds.compare.otherCatalogue(older.catalogue.id, newer.catalogue.id));
    const comparison = compareWorkbooks(older, newer);
    const files: OutFile[] = [];
    const csv = stringOption(options, "csv");
    const md = stringOption(options, "md");
    if (csv !== undefined) files.push({ path: csv, bytes: comparisonCsv(comparison, lang) });
    if (md !== undefined)
      files.push({
        path: md,
        bytes: comparisonMarkdown(
          comparison,
          {
            older: path.basename(olderFile),
            newer: path.basename(newerFile),
          },
          lang,
        ),
      });
    await writeAllAtomically(files, m);
    io.out(m.rounds.compare.heading(comparison.older, comparison.newer));
    io.out(
      table([
        [m.rounds.compare.actionField, ...CHANGES.map((c) => c.mark[lang])],
        ...comparison.counts.map((row) => [row.fieldName, ...CHANGES.map((c) => row.counts[c.code])]),
      ]),
    );
    if (comparison.onlyInOlder.length > 0)
      io.out(m.rounds.compare.onlyInOlder(comparison.onlyInOlder.length));
    for (const f of files) io.out(m.cli.written(path.resolve(f.path)));
    return 0;
  });
}

if (require.main === module) startCli(runCompareCli);
