/** Small texts every part of the program shares: how this language quotes a name. */
export const common = {
  /** A name or value in German quotation marks: „Blatt“. */
  quoted: (text: string) => `„${text}“`,
};
