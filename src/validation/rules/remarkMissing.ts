/**
 * remark-missing — "gering" or "unklar" without a Bemerkung. The report explains every low or unclear
 * rating, so the planning office needs the reason.
 */
import { headerOf, localized, measureFinding, quoted, type Rule } from "../rule";
import { levelByCode, type LevelCode, type Localized } from "../../scheme/ratingScheme";

const NEEDS_REMARK: readonly LevelCode[] = ["gering", "unklar"];
const [LOW, UNCLEAR] = NEEDS_REMARK.map((code) => levelByCode(code).value) as [Localized, Localized];

export const remarkMissing: Rule = {
  id: "remark-missing",
  severity: "warning",
  title: localized((v) => v.rules.remarkMissing.title),
  description: localized((v, lang) => v.rules.remarkMissing.description(LOW[lang], UNCLEAR[lang])),
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
  return localized((v, lang) =>
    v.rules.remarkMissing.message(level[lang], quoted(value, lang), remark[lang]),
  );
}
