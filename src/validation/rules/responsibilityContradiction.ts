/**
 * responsibility-contradiction — "Zuständigkeit fraglich" = ja together with "hoch". A high degree of
 * goal achievement while the county's influence is questioned is possible but worth a second look.
 */
import { headerOf, localized, measureFinding, quoted, type Rule } from "../rule";
import { levelByCode, YES } from "../../scheme/ratingScheme";

const HIGH = levelByCode("hoch").value;
const FLAG = headerOf("zustaendigkeitFraglich");

export const responsibilityContradiction: Rule = {
  id: "responsibility-contradiction",
  severity: "warning",
  title: localized((v, lang) => v.rules.responsibilityContradiction.title(FLAG[lang], HIGH[lang])),
  description: localized((v, lang) =>
    v.rules.responsibilityContradiction.description(FLAG[lang], YES[lang], HIGH[lang]),
  ),
  check(context, emit) {
    // The values as the workbook holds them (its language), the words around them in each language.
    const yes = YES[context.lang];
    const high = HIGH[context.lang];
    const message = localized((v, lang) =>
      v.rules.responsibilityContradiction.message(FLAG[lang], quoted(yes, lang), quoted(high, lang)),
    );
    for (const measure of context.measures) {
      if (measure.level.kind !== "level" || measure.level.level.code !== "hoch") continue;
      if (measure.flags.zustaendigkeitFraglich.kind !== "yes") continue;
      emit(measureFinding(this, this.severity, measure, "zustaendigkeitFraglich", message));
    }
  },
};
