/**
 * The packaging config is part of the security policy: the fuses decide what the shipped binary
 * lets an environment variable, a command-line flag or a swapped app.asar do. The config is read
 * and validated by electron-builder's own loader, so a misspelt key fails here, not silently at
 * `npm run dist`.
 */
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectDir = path.resolve(import.meta.dirname, '..');

async function loadPackagingConfig() {
  const config = await getConfig(projectDir, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  it('flips every fuse that would let a local user run code the installer did not ship', async () => {
    const config = await loadPackagingConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar with its integrity hash, which the fuses above rely on', async () => {
    const config = await loadPackagingConfig();
    expect(config.asar).not.toBe(false);
    const asarOptions = typeof config.asar === 'object' && config.asar !== null ? config.asar : {};
    expect(asarOptions).not.toMatchObject({ disableIntegrity: true });
  });

  it('rejects a misspelt fuse, so the checks above cannot pass on keys electron-builder ignores', async () => {
    const config = await getConfig(projectDir, 'electron-builder.yml', null);
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });
});

describe('package.json metadata the Linux packages need', () => {
  it('names a homepage and a maintainer with an e-mail address, which the .deb control file requires', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { name?: string; email?: string };
    };
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
  });
});
