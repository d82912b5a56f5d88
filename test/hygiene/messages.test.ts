/**
 * The one message catalogue (src/core/messages): German and English have the same keys everywhere, each
 * text function takes as many parameters in both, and no text is empty in either language.
 */
import { MESSAGES, messagesFor } from "../../src/core/messages";
import { CATALOGUE_MESSAGES, PANE_MESSAGES } from "../../src/core/messages/sections";

type Leaf = { path: string; kind: "text" | "function"; arity: number; value: unknown };

/** Every text and text function with its dotted path. */
function leaves(tree: unknown, path = ""): Leaf[] {
  if (typeof tree === "string") return [{ path, kind: "text", arity: 0, value: tree }];
  if (typeof tree === "function") return [{ path, kind: "function", arity: tree.length, value: tree }];
  if (tree === null || typeof tree !== "object") throw new Error(`${path}: neither a text nor a function`);
  return Object.entries(tree).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** Calls a text function with numbers, texts or lists (whichever it takes); the shortest result it gives. */
function sample(leaf: Leaf): string {
  const fn = leaf.value as (...args: unknown[]) => unknown;
  const results: string[] = [];
  for (const arg of [2, "x", ["a", "b"], true]) {
    try {
      const result = fn(...Array.from({ length: leaf.arity }, () => arg));
      if (typeof result === "string") results.push(result);
    } catch {
      // takes another kind of argument
    }
  }
  expect(results.length).toBeGreaterThan(0);
  return results.reduce((a, b) => (a.length <= b.length ? a : b));
}

const de = leaves(MESSAGES.de);
const en = leaves(MESSAGES.en);

describe("the message catalogue", () => {
  it("has the same keys in German and English", () => {
    expect(en.map((l) => l.path)).toEqual(de.map((l) => l.path));
    expect(de.length).toBeGreaterThan(300);
  });

  it("has the same kind and the same number of parameters for each key in both languages", () => {
    const shape = (ls: Leaf[]) => ls.map((l) => `${l.path}: ${l.kind}/${l.arity}`);
    expect(shape(en)).toEqual(shape(de));
  });

  it.each([
    ["de", de],
    ["en", en],
  ])("has no empty message in %s", (_lang, ls) => {
    const empty = ls.filter(
      (l) => (l.kind === "text" ? (l.value as string).trim() : sample(l).trim()) === "",
    );
    expect(empty.map((l) => l.path)).toEqual([]);
  });

  it("is a real translation: most English texts differ from the German ones", () => {
    const same = de.filter((l, i) => l.kind === "text" && l.value === en[i]?.value).map((l) => l.path);
    // Names and symbols that read the same in both languages.
    expect(same).toEqual(
      expect.arrayContaining(["pane.appTitle", "pane.languageDe", "pane.languageEn", "catalogue.type.null"]),
    );
    expect(same.length).toBeLessThan(12);
  });

  it("gives German for the default and the sections are the catalogue's own parts", () => {
    expect(messagesFor()).toBe(MESSAGES.de);
    expect(messagesFor("en")).toBe(MESSAGES.en);
    expect(PANE_MESSAGES.en).toBe(MESSAGES.en.pane);
    expect(CATALOGUE_MESSAGES.de).toBe(MESSAGES.de.catalogue);
  });
});
