import * as XLSX from '@e965/xlsx';
import { READ_OPTIONS } from '@shared/excel/read';

/**
 * The benchmark's baseline: SheetJS reading a workbook alone, with the import's options, in a
 * worker as the app's import does — so the import's cost can be set against parsing alone.
 */

export interface ReadOnlyResult {
  ms: number;
  rows: number;
}

const scope = self as unknown as {
  postMessage(message: ReadOnlyResult): void;
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
};

scope.onmessage = (event) => {
  const started = performance.now();
  const book = XLSX.read(new Uint8Array(event.data), READ_OPTIONS);
  const ms = performance.now() - started;
  const first = book.Sheets[book.SheetNames[0]!] as { '!data'?: unknown[] } | undefined;
  scope.postMessage({ ms, rows: first?.['!data']?.length ?? 0 });
};
