import type { WordDocument } from '@shared/word/document';

/**
 * The Word writer (shared/word/document.ts), loaded when a document is first saved: the `docx`
 * library is a fifth of a megabyte the app does not need to start (issue 15's cold start).
 */
export async function wordDocumentBytes(document: WordDocument): Promise<Uint8Array<ArrayBuffer>> {
  const { wordDocumentBytes: write } = await import('@shared/word/document');
  return write(document);
}
