/** The page in the address (#/plans/net-perceptions), so the back button and links work. */
import { useEffect, useState } from "react";

export const routeOf = (hash: string): string[] => hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);

export function useRoute(): string[] {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(location.hash));
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

export const go = (...parts: string[]): void => {
  location.hash = "#/" + parts.map(encodeURIComponent).join("/");
};
