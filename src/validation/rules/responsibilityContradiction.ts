/**
 * responsibility-contradiction — "Zuständigkeit fraglich" = ja together with "hoch". A high degree of
 * goal achievement while the county's influence is questioned is possible but worth a second look.
 */
import { headerOf, measureFinding, quoted, type Rule } from "../rule";
import { levelByCode, YES } from "../../scheme/ratingScheme";

const HIGH = levelByCode("hoch").value;
const FLAG = headerOf("zustaendigkeitFraglich");

export const responsibilityContradiction: Rule = {
  id: "responsibility-contradiction",
  severity: "warning",
  title: { de: `${FLAG.de}, aber „${HIGH.de}“`, en: `${FLAG.en}, yet “${HIGH.en}”` },
  description: {
    de: `„${FLAG.de}“ ist mit „${YES.de}“ markiert, der Zielerreichungsgrad aber „${HIGH.de}“. Das ist möglich, widerspricht sich aber auf den ersten Blick – bitte prüfen.`,
    en: `“${FLAG.en}” is marked “${YES.en}” while the degree of goal achievement is “${HIGH.en}”. Possible, but contradictory at first sight — please check.`,
  },
  check(context, emit) {
    const lang = context.lang;
    const high = HIGH[lang];
    const flag = FLAG;
    const message = {
      de: `„${flag.de}“ = ${quoted(YES[lang], "de")}, aber Zielerreichungsgrad ${quoted(high, "de")}. Bitte prüfen, ob beides zutrifft, und ggf. in der Bemerkung erläutern.`,
      en: `“${flag.en}” = ${quoted(YES[lang], "en")}, but degree of goal achievement ${quoted(high, "en")}. Please check that both apply and explain in the remark if so.`,
    };
    for (const measure of context.measures) {
      if (measure.level.kind !== "level" || measure.level.level.code !== "hoch") continue;
      if (measure.flags.zustaendigkeitFraglich.kind !== "yes") continue;
      emit(measureFinding(this, this.severity, measure, "zustaendigkeitFraglich", message));
    }
  },
};
