/** English: the same keys as de/common.ts. */
export const common = {
  /** A name or value in English quotation marks: “Sheet”. */
  quoted: (text: string) => `“${text}”`,
};
