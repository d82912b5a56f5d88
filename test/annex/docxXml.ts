/**
 * Reads a .docx back for the tests: its parts through JSZip and a small XML reader for the
 * WordprocessingML that the `docx` package writes (elements, attributes, text; no DTDs or CDATA).
 */
import JSZip from "jszip";

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlNode | string)[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!,
  );
}

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  const token = /<\?[^>]*\?>|<\/([^>\s]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml))) {
    const [, close, open, attrText, selfClose, text] = match;
    const top = stack[stack.length - 1]!;
    if (close) {
      if (top.name !== close) throw new Error(`XML: </${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([^\s=]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
      const node: XmlNode = { name: open, attrs, children: [] };
      top.children.push(node);
      if (!selfClose) stack.push(node);
    } else if (text !== undefined) top.children.push(decode(text));
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> not closed`);
  return root;
}

export function elements(node: XmlNode): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== "string");
}

/** All descendants named `name`, in document order (not looking inside a match). */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of elements(node)) {
    if (child.name === name) found.push(child);
    else found.push(...findAll(child, name));
  }
  return found;
}

/** Every descendant named `name`, including ones nested in matches. */
export function findDeep(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of elements(node)) {
    if (child.name === name) found.push(child);
    found.push(...findDeep(child, name));
  }
  return found;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return elements(node).find((c) => c.name === name);
}

/** The text Word shows: w:t contents, w:br as a line break, w:tab as a tab; paragraphs joined by "\n". */
export function textOf(node: XmlNode): string {
  if (node.name === "w:t") return node.children.filter((c) => typeof c === "string").join("");
  if (node.name === "w:br") return "\n";
  if (node.name === "w:tab") return "\t";
  if (node.name === "w:tc" || node.name === "w:body")
    return elements(node)
      .filter((c) => c.name === "w:p" || c.name === "w:tbl")
      .map(textOf)
      .join("\n");
  return elements(node).map(textOf).join("");
}

export function paragraphsText(node: XmlNode): string[] {
  return findAll(node, "w:p").map(textOf);
}

export interface DocxParts {
  readonly files: string[];
  readonly document: XmlNode;
  readonly styles: XmlNode;
  readonly body: XmlNode;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing`);
    return parseXml(await file.async("string"));
  };
  const document = await part("word/document.xml");
  const body = findAll(document, "w:body")[0]!;
  return { files: Object.keys(zip.files), document, styles: await part("word/styles.xml"), body };
}

/** The table's rows as arrays of cell texts. */
export function tableRows(table: XmlNode): string[][] {
  return findAll(table, "w:tr").map((tr) => findAll(tr, "w:tc").map(textOf));
}

/** Top-level tables of the body, each with the heading paragraph before it. */
export function tablesWithHeadings(body: XmlNode): { heading: string; table: XmlNode }[] {
  const result: { heading: string; table: XmlNode }[] = [];
  let heading = "";
  for (const node of elements(body)) {
    if (node.name === "w:p") {
      const style = findAll(node, "w:pStyle")[0]?.attrs["w:val"];
      if (style?.startsWith("Heading")) heading = textOf(node);
    } else if (node.name === "w:tbl") result.push({ heading, table: node });
  }
  return result;
}
