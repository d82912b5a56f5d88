/**
 * A small JSON scanner that knows where things are: the offset of a syntax error (JSON.parse does not
 * always say) and the offset of every value by its path, so schema issues can name a line. Only used
 * after JSON.parse failed or the schema found issues, so speed matters little.
 */
import { catalogueMessages } from "../core/messages/sections";
import type { Language } from "../core/messages";

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

export type JsonPath = readonly (string | number)[];

export function positionAt(text: string, offset: number): TextPosition {
  return positions(text)(offset);
}

/** offset → line/column for many offsets in one text (binary search over line starts). */
export function positions(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** Deepest nesting of objects/arrays and the offset where it is first exceeded beyond `limit`. */
export function firstTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      if (++depth > limit) return i;
    } else if (char === "}" || char === "]") depth--;
  }
  return undefined;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Key for a path: "actionFields.0.title". */
export function pathKey(path: JsonPath): string {
  return path.map(String).join(".");
}

/** Scans JSON text; returns the first syntax error, or the offset of every value by path key. */
export function scanJson(
  text: string,
  lang: Language = "de",
): { error: JsonSyntaxError } | { offsets: Map<string, number> } {
  const m = catalogueMessages(lang);
  const offsets = new Map<string, number>();
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const describe = (at: number) => {
    if (at >= text.length) return m.jsonEndsEarly;
    if (text.startsWith("//", at) || text.startsWith("/*", at)) return m.jsonComment;
    return m.jsonUnexpected(text[at] as string);
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[i] !== char) throw new Stop(i, m.jsonExpected(describe(i), what));
    i++;
  };

  const value = (path: (string | number)[]): void => {
    skipSpace();
    offsets.set(pathKey(path), i);
    const char = text[i];
    if (char === "{") return object(path);
    if (char === "[") return array(path);
    if (char === '"') return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) throw new Stop(i, m.jsonExpected(describe(i), m.jsonExpectedValue));
    i += literal[0].length;
  };

  const string = (): string => {
    const start = i++;
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') return JSON.parse(text.slice(start, ++i)) as string;
      if (char === "\\") {
        if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 6)))
          throw new Stop(i, m.jsonBadEscape);
        i += text[i + 1] === "u" ? 6 : 2;
      } else if (char < " ") throw new Stop(i, m.jsonControlCharacter);
      else i++;
    }
    throw new Stop(start, m.jsonUnclosedString);
  };

  const object = (path: (string | number)[]): void => {
    i++;
    skipSpace();
    if (text[i] === "}") return void i++;
    for (;;) {
      skipSpace();
      if (text[i] !== '"') throw new Stop(i, m.jsonExpected(describe(i), m.jsonExpectedKey));
      const key = string();
      expect(":", m.jsonExpectedColon);
      value([...path, key]);
      skipSpace();
      if (text[i] === "}") return void i++;
      if (text[i] !== ",") throw new Stop(i, m.jsonExpected(describe(i), m.jsonExpectedCommaOrBrace));
      i++;
      skipSpace();
      if (text[i] === "}") throw new Stop(i, m.jsonTrailingCommaBrace);
    }
  };

  const array = (path: (string | number)[]): void => {
    i++;
    skipSpace();
    if (text[i] === "]") return void i++;
    for (let index = 0; ; index++) {
      value([...path, index]);
      skipSpace();
      if (text[i] === "]") return void i++;
      if (text[i] !== ",") throw new Stop(i, m.jsonExpected(describe(i), m.jsonExpectedCommaOrBracket));
      i++;
      skipSpace();
      if (text[i] === "]") throw new Stop(i, m.jsonTrailingCommaBracket);
    }
  };

  try {
    value([]);
    skipSpace();
    if (i < text.length) throw new Stop(i, m.jsonAfterEnd(describe(i)));
    return { offsets };
  } catch (e) {
    if (e instanceof Stop) return { error: { offset: e.offset, message: e.reason } };
    throw e;
  }
}
