/**
 * A button that cannot be used for now (a request running, the last page shown) yet keeps the
 * keyboard's focus: a disabled button drops it, and the browser puts it on the page's body, so the
 * next Tab starts again from the top and a screen reader says nothing (web3). It says it cannot be
 * used (aria-disabled) and ignores a press while so.
 */
import type { ButtonHTMLAttributes } from "react";

export function StayButton({ unavailable, onClick, ...rest }: { unavailable: boolean; onClick: () => void } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "disabled">) {
  return <button type="button" {...rest} aria-disabled={unavailable} onClick={() => !unavailable && onClick()} />;
}
