/** Tabs with the ARIA tab pattern: arrow keys, Home and End move between tabs, the panel follows. */
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { tabAfterKey } from "../tabKeys.js";

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

export function Tabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const [current, setCurrent] = useState(tabs[0].id);
  const base = useId();
  const onKey = (e: KeyboardEvent) => {
    const to = tabAfterKey(e.key, tabs.findIndex((t) => t.id === current), tabs.length);
    if (to === undefined) return;
    e.preventDefault(); // Home and End would also scroll the page
    const next = tabs[to];
    setCurrent(next.id);
    document.getElementById(`${base}-${next.id}-tab`)?.focus();
  };
  const shown = tabs.find((t) => t.id === current) ?? tabs[0];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button key={t.id} id={`${base}-${t.id}-tab`} role="tab" type="button" aria-selected={t.id === shown.id} aria-controls={`${base}-panel`} tabIndex={t.id === shown.id ? 0 : -1} onClick={() => setCurrent(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${shown.id}-tab`}>
        {shown.render()}
      </div>
    </div>
  );
}
