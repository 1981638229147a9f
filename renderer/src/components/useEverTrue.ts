import { useState } from 'react';

/**
 * True from the first render in which `condition` is: for a part loaded on first use (a drawer, a
 * dialog) that then stays mounted, so it can animate closed and keep what the user typed.
 */
export function useEverTrue(condition: boolean): boolean {
  const [seen, setSeen] = useState(condition);
  if (condition && !seen) setSeen(true);
  return seen || condition;
}
