import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import featureDoors from '../../scripts/lint/feature-doors.js';

const ROOT = join(import.meta.dirname, '..', '..');

function problems(file: string, code: string): string[] {
  const linter = new Linter({ cwd: ROOT });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.tsx', '**/*.ts'],
        plugins: { 'street-desk': featureDoors },
        languageOptions: { sourceType: 'module' },
        rules: { 'street-desk/feature-doors': 'error' },
      },
    ],
    join(ROOT, file),
  );
  return messages.map((m) => m.message);
}

describe('feature front doors', () => {
  it('is switched on for every renderer file', async () => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(
      'renderer/features/places/PlaceCard.tsx',
    )) as { rules: Record<string, unknown> };
    expect(config.rules['street-desk/feature-doors']).toEqual([2]);
  });

  it("refuses a deliberate import of another feature's inner file", () => {
    const found = problems(
      'renderer/features/coordinators/dispatch/Probe.tsx',
      "import { searchPlaces } from '../../places/place-search';\nexport const x = searchPlaces;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("reaches into feature 'places'");
    expect(
      problems('renderer/app/Probe.tsx', "export { SettingsPage } from '../features/settings/SettingsPage';"),
    ).toHaveLength(1);
    expect(
      problems('renderer/app/Probe.tsx', "const m = import('@renderer/features/sync/RecordHistory');"),
    ).toHaveLength(1);
  });

  it('lets a feature use front doors, its own files and the shared renderer pieces', () => {
    const allowed = [
      "import { searchPlaces } from '../../places';",
      "import { usePlace } from '../../places/index';",
      "import { zh } from '../../places/i18n';",
      "import { localToday } from '../../../common/dates';",
      "import { loadRoster } from '../use-roster';",
      "import { db } from '../../../db';",
    ].join('\n');
    expect(problems('renderer/features/coordinators/dispatch/Probe.tsx', allowed)).toEqual([]);
  });
});
