// Every file under a folder with its content and modification time, to prove that nothing wrote to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';

export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile())
        files[relative(dir, path)] =
          `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.mtimeMs}`;
    }
  };
  walk(dir);
  return files;
}
