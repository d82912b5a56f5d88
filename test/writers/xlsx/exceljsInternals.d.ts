/** The formula translation exceljs applies when it reads a shared formula (not part of its typings). */
declare module "exceljs/lib/utils/shared-formula" {
  /** The formula of `fromCell` as it reads when filled to `toCell`: relative references move along. */
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
