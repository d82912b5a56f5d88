/**
 * The identity custom XML part is found by its root element and namespace, not by our literal text:
 * Excel may hand back a re-serialized part (other quotes, a prefix, whitespace, entities, CDATA, another
 * XML declaration).
 */
import { buildPlan } from "../../../src/layout/buildPlan";
import { decodeIdentity, encodeIdentity, identityOf, META_NAMESPACE } from "../../../src/writers/excel/meta";
import { syntheticCatalogue } from "../../fakes/syntheticCatalogue";
import { BUILT_AT } from "./helpers";

const plan = buildPlan(syntheticCatalogue(), {
  language: "de",
  builtAt: BUILT_AT,
  title: "Übersicht „2024“ <Entwurf> & Co",
});
const identity = identityOf(plan);
const json = JSON.stringify(identity);
const written = encodeIdentity(identity);

/** Every character outside ASCII and every markup character as a numeric character reference. */
function asCharacterReferences(text: string, hex: boolean): string {
  return [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 128 && !`<>&"'`.includes(c)) return c;
      return hex ? `&#x${code.toString(16).toUpperCase()};` : `&#${code};`;
    })
    .join("");
}

const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const variants: [string, string][] = [
  ["as written", written],
  [
    "single quotes, attributes swapped, line breaks and indentation",
    `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\r\n<zielbild\n   formatVersion = '${identity.meta.formatVersion}'\n   xmlns = '${META_NAMESPACE}' >\n  <identity>${escaped(json)}</identity>\n</zielbild>\n`,
  ],
  [
    "a namespace prefix instead of the default namespace",
    `<?xml version="1.0"?><zb:zielbild xmlns:zb="${META_NAMESPACE}" formatVersion="1"><zb:identity>${escaped(json)}</zb:identity></zb:zielbild>`,
  ],
  [
    "the prefix declared on the child only, next to a foreign child of the same name",
    `<zielbild xmlns="${META_NAMESPACE}"><x:identity xmlns:x="urn:other">{"not":"ours"}</x:identity><ns0:identity xmlns:ns0="${META_NAMESPACE}">${escaped(json)}</ns0:identity></zielbild>`,
  ],
  [
    "quotes and apostrophes as entities, everything non-ASCII as decimal references",
    `<zielbild xmlns="${META_NAMESPACE}"><identity>${asCharacterReferences(json, false).replace(/&#34;/g, "&quot;").replace(/&#39;/g, "&apos;")}</identity></zielbild>`,
  ],
  [
    "hexadecimal character references, also in the namespace attribute",
    `<zielbild xmlns="urn&#x3A;zielbild&#58;meta:v1"><identity>${asCharacterReferences(json, true)}</identity></zielbild>`,
  ],
  [
    "an XML declaration naming UTF-16, a byte order mark, a comment and a processing instruction first",
    `\uFEFF<?xml version="1.0" encoding="UTF-16"?><!-- Zielbild --><?mso-application progid="Excel.Sheet"?>\n<zielbild xmlns="${META_NAMESPACE}"><identity>${escaped(json)}</identity></zielbild>`,
  ],
  [
    "the text as CDATA, split in two sections",
    `<zielbild xmlns="${META_NAMESPACE}"><identity><![CDATA[${json.slice(0, 40)}]]><![CDATA[${json.slice(40)}]]></identity></zielbild>`,
  ],
  [
    "a space before the closing bracket of the end tag",
    `<zielbild xmlns="${META_NAMESPACE}"><identity >${escaped(json)}</identity ></zielbild >`,
  ],
];

it.each(variants)("reads the identity back: %s", (_, xml) => {
  expect(decodeIdentity(xml)).toEqual(identity);
});

it.each([
  ["another namespace", written.replace(META_NAMESPACE, "urn:zielbild:meta:v2")],
  ["no namespace", written.replace(` xmlns="${META_NAMESPACE}"`, "")],
  [
    "a prefix bound to another namespace",
    `<zb:zielbild xmlns:zb="urn:other" xmlns="${META_NAMESPACE}"><identity>${escaped(json)}</identity></zb:zielbild>`,
  ],
  ["another root element", written.replace(/zielbild /, "fremd ").replace("</zielbild>", "</fremd>")],
  [
    "our namespace only mentioned in a comment",
    `<!-- xmlns="${META_NAMESPACE}" --><root><identity>${escaped(json)}</identity></root>`,
  ],
  [
    "an unterminated comment",
    `<!-- <zielbild xmlns="${META_NAMESPACE}"><identity>${escaped(json)}</identity></zielbild>`,
  ],
  ["damaged JSON", `<zielbild xmlns="${META_NAMESPACE}"><identity>{"meta":</identity></zielbild>`],
  ["no identity element", `<zielbild xmlns="${META_NAMESPACE}"/>`],
  ["empty text", ""],
])("is not ours: %s", (_, xml) => {
  expect(decodeIdentity(xml)).toBeUndefined();
});
