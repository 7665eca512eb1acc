import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StreetDeskDb } from './database';
import type { CaptureOptions } from './capture';

/** A fresh in-memory database for unit tests (fake-indexeddb: unit tests only, never e2e). */
export function createTestDb(options: CaptureOptions = {}): StreetDeskDb {
  return new StreetDeskDb(`test-${Math.random().toString(36).slice(2)}`, {
    ...options,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
}
