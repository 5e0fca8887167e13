// Whether a build is older than its source: the newest modification time under some paths.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under the given paths (files and folders, recursively), relative to `base`. */
export function newest(paths, base = '.') {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else latest = Math.max(latest, st.mtimeMs);
  };
  paths.forEach((p) => visit(join(base, p)));
  return latest;
}
