/**
 * `custom-elements.json` as the docs tab shows it. Storybook keys an element's API table by name
 * across every kind of entry and skips unnamed ones, so, for the docs only:
 * - members: the public API. The analyzer also lists private fields and methods, and a Lit
 *   `state: true` property as a public field without a description; every public name has its
 *   JSDoc line (house style), so a member without one is not API;
 * - parts are named as CSS uses them, `::part(quote)`, so that a part does not hide the attribute
 *   of the same name (`<news-pull-quote>`'s `quote`);
 * - the default slot, which has no name, is listed as `(default)`.
 */
interface Named {
  name: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface Declaration {
  members?: Member[];
  cssParts?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

/** A part's row, named as CSS uses it; the default slot's row, which has no name of its own. */
export const partRow = (name: string) => `::part(${name})`;
export const slotRow = (name: string) => name || '(default)';

const isPublicApi = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static && !!member.description;

export function docsManifest<T>(manifest: T): T {
  const copy = structuredClone(manifest) as Manifest;
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter(isPublicApi);
      for (const part of declaration.cssParts ?? []) part.name = partRow(part.name);
      for (const slot of declaration.slots ?? []) slot.name = slotRow(slot.name);
    }
  }
  return copy as T;
}
