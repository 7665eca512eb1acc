import { describe, expect, it, vi } from 'vitest';
import { DesktopError, MAX_FILE_BYTES } from '@shared/desktop-api';
import { createFileDialogs, type FileDialogEffects } from './file-dialogs';

function effects(overrides: Partial<FileDialogEffects> = {}): FileDialogEffects {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/Documents/名单.xlsx' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/Documents/名单.xlsx'] })),
    defaultDirectory: () => '/home/u/Documents',
    writeFile: vi.fn(async () => {}),
    fileSize: vi.fn(async () => 3),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    ...overrides,
  };
}

const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];

describe('saveFile', () => {
  it('suggests the name in the default folder and writes the bytes where the user chose', async () => {
    const fx = effects();
    const data = new Uint8Array([7, 8]);
    const result = await createFileDialogs(fx).saveFile({ suggestedName: '名单.xlsx', data, filters: xlsx });
    expect(result).toEqual({ saved: true, path: '/home/u/Documents/名单.xlsx' });
    expect(fx.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/u/Documents/名单.xlsx',
      filters: xlsx,
    });
    expect(fx.writeFile).toHaveBeenCalledWith('/home/u/Documents/名单.xlsx', data);
  });

  it('writes nothing when the user cancels', async () => {
    const fx = effects({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    const result = await createFileDialogs(fx).saveFile({
      suggestedName: 'a.csv',
      data: new Uint8Array(),
      filters: [],
    });
    expect(result).toEqual({ saved: false });
    expect(fx.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write with a code and no path', async () => {
    const fx = effects({
      writeFile: vi.fn(async () => {
        throw Object.assign(new Error('EACCES: permission denied, open /home/u/Documents/名单.xlsx'), {
          code: 'EACCES',
        });
      }),
    });
    const error = await createFileDialogs(fx)
      .saveFile({ suggestedName: '名单.xlsx', data: new Uint8Array(), filters: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesktopError);
    expect(error).toMatchObject({ code: 'IO_FAILED' });
    expect((error as Error).message).toContain('EACCES');
    expect((error as Error).message).not.toContain('/home/u');
  });
});

describe('openFile', () => {
  it('returns the chosen file name and bytes', async () => {
    const fx = effects();
    await expect(createFileDialogs(fx).openFile({ filters: xlsx })).resolves.toEqual({
      name: '名单.xlsx',
      data: new Uint8Array([1, 2, 3]),
    });
    expect(fx.showOpenDialog).toHaveBeenCalledWith({ filters: xlsx, properties: ['openFile'] });
  });

  it('resolves null when the user cancels', async () => {
    const fx = effects({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(createFileDialogs(fx).openFile({ filters: [] })).resolves.toBeNull();
    expect(fx.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit without reading it, in Chinese and English', async () => {
    const fx = effects({ fileSize: vi.fn(async () => MAX_FILE_BYTES + 1) });
    const error = await createFileDialogs(fx)
      .openFile({ filters: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((error as Error).message).toMatch(/超过 100 MB 上限.*files over 100 MB cannot be opened/);
    expect(fx.readFile).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly the limit', async () => {
    const fx = effects({ fileSize: vi.fn(async () => MAX_FILE_BYTES) });
    await expect(createFileDialogs(fx).openFile({ filters: [] })).resolves.not.toBeNull();
  });

  it('refuses a file that grew past the limit after the size check', async () => {
    const fx = effects({ readFile: vi.fn(async () => ({ byteLength: MAX_FILE_BYTES + 1 }) as Uint8Array) });
    await expect(createFileDialogs(fx).openFile({ filters: [] })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });

  it('turns filters without extensions into a match-all filter for the native dialog', async () => {
    const fx = effects();
    await createFileDialogs(fx).openFile({ filters: [{ name: '任何文件', extensions: [] }] });
    expect(fx.showOpenDialog).toHaveBeenCalledWith({
      filters: [{ name: '任何文件', extensions: ['*'] }],
      properties: ['openFile'],
    });
  });

  it('reports a failed read as IO_FAILED', async () => {
    const fx = effects({
      fileSize: vi.fn(async () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      }),
    });
    await expect(createFileDialogs(fx).openFile({ filters: [] })).rejects.toMatchObject({
      code: 'IO_FAILED',
    });
  });
});
