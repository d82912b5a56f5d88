/** Organisationseinheiten: filtering the overview's tables to one unit's rows (null: no filter). */
import { useState } from "react";
import type { WorkbookService } from "../services/workbookService";

export interface UnitFilter {
  readonly unit: string | null;
  readonly error?: string;
  readonly busy: boolean;
}

export function useUnitFilter(service: WorkbookService, password: string) {
  const [filter, setFilter] = useState<UnitFilter>({ unit: null, busy: false });
  const apply = async (unit: string | null) => {
    setFilter((f) => ({ ...f, busy: true, error: undefined }));
    try {
      await service.filterToUnit(unit, password);
      setFilter({ unit, busy: false });
    } catch (error) {
      setFilter((f) => ({
        ...f,
        busy: false,
        error: error instanceof Error ? error.message : String(error),
      }));
    }
  };
  return { filter, apply };
}
