/** A list from the server (plans, scenarios, jobs), empty until it comes or when refused. */
import { useCallback, useEffect, useState } from "react";
import { getJson } from "./api.js";

export interface PlanListed {
  readonly id: string;
  readonly name: string;
  readonly builtIn?: boolean;
}

export interface ScenarioListed {
  readonly name: string;
  readonly version: number;
  readonly title: string | null;
}

/** The list at `path` and a function that fetches it again (after a save). */
export function useList<T>(path: string | null): [T[], () => void] {
  const [list, setList] = useState<T[]>([]);
  const reload = useCallback(() => {
    if (path) getJson<T[]>(path).then(setList, () => setList([]));
  }, [path]);
  useEffect(reload, [reload]);
  return [list, reload];
}
