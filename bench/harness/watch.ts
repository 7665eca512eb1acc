/**
 * Longest main-thread task and the page's peak JS heap while `work` runs (the issues' "no
 * main-thread task over 200 ms"). A worker's heap is not visible here (performance.memory does
 * not exist in workers): excel.bench.ts samples RSS.
 */
export async function watched<T>(work: () => Promise<T>) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const memory = () =>
    (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  let mainPeak = memory();
  const timer = setInterval(() => (mainPeak = Math.max(mainPeak, memory())), 100);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    // Long tasks are reported after they end: give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      result,
      ms,
      longestTaskMs: longest,
      peakHeapMB: mainPeak / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
    observer.disconnect();
  }
}
