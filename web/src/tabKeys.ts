/**
 * The ARIA tab pattern's keys: Left and Right move to the tab before and after (round the ends),
 * Home and End to the first and last. The index of the tab a key moves to, or undefined for any other key.
 */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = key === "ArrowRight" ? 1 : key === "ArrowLeft" ? -1 : 0;
  return step ? (index + step + count) % count : undefined;
}
