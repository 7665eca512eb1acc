import { describe, expect, it } from 'vitest';
import { safeFileName, saveFileRequestSchema } from './desktop-api-schemas';

const accepted = (suggestedName: string) =>
  saveFileRequestSchema.safeParse({ suggestedName, data: new Uint8Array() }).success;

describe('file names made from what users typed', () => {
  it('turns what saving refuses into "_", so the file still saves', () => {
    const title = '会议纪要-5号楼/6号楼: 加装电梯?-2026-11-20';
    expect(accepted(`${title}.docx`)).toBe(false);
    const name = safeFileName(title, 'docx');
    expect(name).toBe('会议纪要-5号楼_6号楼_ 加装电梯_-2026-11-20.docx');
    expect(accepted(name)).toBe(true);
  });

  it('keeps the extension when the name is cut to fit', () => {
    const name = safeFileName('议'.repeat(500), 'docx');
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(accepted(name)).toBe(true);
    expect(safeFileName(' / ', 'xlsx')).toBe('_.xlsx');
  });
});
