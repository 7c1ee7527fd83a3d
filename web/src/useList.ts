/** A list from the server (plans, scenarios), empty until it comes or when refused. */
import { useEffect, useState } from "react";
import { getJson } from "./api.js";

export interface Listed {
  readonly id: string;
  readonly title?: string;
  readonly name?: string;
}

export function useList(path: string): Listed[] {
  const [list, setList] = useState<Listed[]>([]);
  useEffect(() => {
    getJson<Listed[] | { items: Listed[] }>(path).then((b) => setList(Array.isArray(b) ? b : b.items), () => setList([]));
  }, [path]);
  return list;
}

