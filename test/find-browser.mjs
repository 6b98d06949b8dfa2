// Where the tests find a browser: the path its environment variable names, else Debian's binary,
// else one of its names on the PATH. No test tool downloads a browser.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

/** The first of those that is an executable file, or undefined. */
export function findBrowser(fromEnv, debianPath, names) {
  const candidates = [fromEnv, debianPath, ...(process.env.PATH ?? '').split(delimiter).flatMap((dir) => names.map((name) => join(dir, name)))];
  return candidates.find((path) => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
