/**
 * remark-missing — "gering" or "unklar" without a Bemerkung. The report explains every low or unclear
 * rating, so the planning office needs the reason.
 */
import { headerOf, measureFinding, quoted, type Rule } from "../rule";
import { levelByCode, type LevelCode, type Localized } from "../../scheme/ratingScheme";

const NEEDS_REMARK: readonly LevelCode[] = ["gering", "unklar"];
const [LOW, UNCLEAR] = NEEDS_REMARK.map((code) => levelByCode(code).value) as [Localized, Localized];

export const remarkMissing: Rule = {
  id: "remark-missing",
  severity: "warning",
  title: { de: "Bemerkung fehlt", en: "Remark missing" },
  description: {
    de: `Bei „${LOW.de}“ oder „${UNCLEAR.de}“ fehlt die Bemerkung. Der Bericht begründet jede geringe oder unklare Zielerreichung; ohne Begründung muss die Planungsstelle nachfragen.`,
    en: `A “${LOW.en}” or “${UNCLEAR.en}” rating has no remark. The report explains every low or unclear rating; without it the planning office has to ask.`,
  },
  check(context, emit) {
    const messages = new Map(
      NEEDS_REMARK.map((code) => [code, message(levelByCode(code).value[context.lang])] as const),
    );
    for (const measure of context.measures) {
      const level = measure.level;
      if (level.kind !== "level") continue;
      const text = messages.get(level.level.code);
      if (!text || String(measure.inputs.remark ?? "").trim() !== "") continue;
      emit(measureFinding(this, this.severity, measure, "remark", text));
    }
  },
};

function message(value: string): Localized {
  const level = headerOf("level");
  const remark = headerOf("remark");
  return {
    de: `${level.de} ${quoted(value, "de")} ohne ${remark.de}. Bitte in „${remark.de}“ kurz begründen.`,
    en: `${level.en} ${quoted(value, "en")} without a remark. Please give a short reason in “${remark.en}”.`,
  };
}
