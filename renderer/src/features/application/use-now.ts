/**
 * The current time for rendering "Today", "Overdue" and the like, refreshed every
 * minute so a window left open overnight moves on to the new day.
 */
import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

export function useNow(intervalMs: number = MINUTE_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
