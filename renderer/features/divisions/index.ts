/**
 * 区划调整's front door. The size view (楼门院 → 社区规模) opens a split through the address
 * `/divisions/plan?source=<community code>`, a merge through `/divisions/merge?source=<code>` and
 * 撤村建居 through `/divisions/village?source=<village code>`;
 * a moved place shows its 原属 from its own `formerly`.
 */
export { divisionsRoutes } from './routes';
