import { useEffect, useState } from 'react';

/** The clock a countdown reads: moves every 30 s, so a screen full of deadlines stays cheap. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
