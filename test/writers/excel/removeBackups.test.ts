/**
 * Removing the backup sheets a failed rebuild left: also very hidden ones, which Excel refuses to delete
 * (Worksheet.delete remarks, office-js #365) until they are made Hidden; nothing else is touched.
 */
import { excelWorkbook } from "../../../src/writers/excel";
import { useExcelHost } from "./helpers";

const fake = useExcelHost();

it("deletes every ~zb-alt-* sheet, visible, hidden or very hidden, and only those", async () => {
  fake().type(fake().addSheet("Notizen").name, "A1", "Meine Notiz");
  fake().addSheet("~zb-alt-1").visibility = "Hidden";
  fake().addSheet("~zb-alt-13").visibility = "VeryHidden";
  fake().addSheet("~zb-alt-2");
  fake().addSheet("zb-alt-3").visibility = "Hidden";
  expect(await excelWorkbook.removeBackupSheets()).toEqual(["~zb-alt-1", "~zb-alt-13", "~zb-alt-2"]);
  const names = fake().state.sheets.map((s) => s.name);
  expect(names.filter((n) => n.startsWith("~zb-alt-"))).toEqual([]);
  expect(names).toEqual(expect.arrayContaining(["Notizen", "zb-alt-3"]));
  expect(fake().cell("Notizen", "A1")?.constant).toBe("Meine Notiz");
});

it("with none left over it changes nothing", async () => {
  fake().addSheet("Notizen");
  const before = fake().dump();
  expect(await excelWorkbook.removeBackupSheets()).toEqual([]);
  expect(fake().dump()).toEqual(before);
});
