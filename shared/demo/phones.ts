import { words } from './lists';
import type { Rng } from './rng';

/** Mobile number blocks of the three carriers in use; all pass `checkMobile`. */
const MOBILE_PREFIXES = words(
  '130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 157 158 159 166 170 173 ' +
    '175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199',
);

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** An 11-digit mobile number. */
export function mobileNumber(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/**
 * A Beijing landline as stored after normalisation: 010 + 8 digits. Local numbers start
 * with 6 or 8 for most fixed lines and 5 for newer blocks (our weighting).
 */
export function beijingLandline(rng: Rng): string {
  const first = rng.weighted([
    ['6', 5],
    ['8', 3],
    ['5', 2],
  ] as const);
  return '010' + first + digits(rng, 7);
}
