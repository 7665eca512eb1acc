/**
 * The benchmark page: every `*.harness.ts` next to this file exports `name` and `api`, put on
 * `window.bench[name]`; each also adds its api to the BenchApis interface. They run the app's
 * own modules against real IndexedDB in Chromium; bench/run.ts and bench/*.bench.ts drive them.
 */
declare global {
  // Each harness module adds `<name>: typeof api` here.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface BenchApis {}
  interface Window {
    bench: BenchApis;
  }
}

const modules = import.meta.glob<{ name: string; api: object }>('./*.harness.ts', { eager: true });
window.bench = Object.fromEntries(Object.values(modules).map((m) => [m.name, m.api])) as unknown as BenchApis;
