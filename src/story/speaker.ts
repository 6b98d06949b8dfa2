import type {Organization, Person, Story} from './types.js';

/** Who said a quote: a person (and the organisation they belong to, if any) or an organisation. */
export interface Speaker {
  person?: Person;
  organization?: Organization;
}

// storyToJsonLd (json-ld.ts) looks a quote's speaker up the same way, on its own, so that this
// module stays out of the drop-in's core.
export function findSpeaker(story: Story, id: string): Speaker {
  const person = story.people.find((p) => p.id === id);
  const orgId = person ? person.organization : id;
  return {person, organization: story.organizations.find((o) => o.id === orgId)};
}
