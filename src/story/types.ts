/**
 * The `passerelle.story/1` document: what authors write (`StoryDocument`) and what
 * `parseStory()` returns (`Story`), in which every `Text` is an object that holds its original.
 */

/** A BCP 47 language tag such as `fr`, `en-GB` or `zh-Hans`. */
export type LanguageTag = string;

/** A string written in the story's language, or an object of translations keyed by language tag. */
export type TextInput = string | Record<LanguageTag, string>;

/** Normalised text: translations keyed by canonical language tag, always holding the original. */
export type Text = Record<LanguageTag, string>;

/** An ISO 8601 calendar date at the precision that is known: `2012`, `2012-11` or `2012-11-20`. */
export type PartialDate = string;

export type StepStatus = 'done' | 'current' | 'planned';

export const STORY_FORMAT = 'passerelle.story/1';

export interface StoryDocument {
  format: typeof STORY_FORMAT;
  id: string;
  lang: LanguageTag;
  headline: TextInput;
  summary?: TextInput;
  published?: PartialDate;
  dateline?: TextInput;
  source?: {name: TextInput; url?: string};
  body?: TextInput[];
  organizations?: OrganizationDocument[];
  people?: PersonDocument[];
  quotes?: QuoteDocument[];
  timeline?: {title?: TextInput; steps: StepDocument[]};
}

export interface OrganizationDocument {
  id: string;
  name: TextInput;
  shortName?: TextInput;
  kind?: TextInput;
  region?: TextInput;
  country?: string;
  members?: {count: number; unit?: TextInput};
  description?: TextInput;
  url?: string;
  logo?: string;
}

export interface PersonDocument {
  id: string;
  name: TextInput;
  role?: TextInput;
  organization?: string;
}

export interface QuoteDocument {
  id: string;
  text: TextInput;
  lang?: LanguageTag;
  speaker: string;
  context?: TextInput;
}

export interface StepDocument {
  id: string;
  title: TextInput;
  description?: TextInput;
  date?: PartialDate;
  status: StepStatus;
  place?: TextInput;
  organizations?: string[];
}

export interface Story {
  format: typeof STORY_FORMAT;
  id: string;
  lang: LanguageTag;
  headline: Text;
  summary?: Text;
  published?: PartialDate;
  dateline?: Text;
  source?: {name: Text; url?: string};
  body: Text[];
  organizations: Organization[];
  people: Person[];
  quotes: Quote[];
  timeline?: Timeline;
}

export interface Organization {
  id: string;
  name: Text;
  shortName?: Text;
  kind?: Text;
  region?: Text;
  country?: string;
  members?: {count: number; unit?: Text};
  description?: Text;
  url?: string;
  logo?: string;
}

export interface Person {
  id: string;
  name: Text;
  role?: Text;
  organization?: string;
}

export interface Quote {
  id: string;
  text: Text;
  /** Always set: the story's `lang` when the document leaves it out. */
  lang: LanguageTag;
  speaker: string;
  context?: Text;
}

export interface Timeline {
  title?: Text;
  steps: Step[];
}

export interface Step {
  id: string;
  title: Text;
  description?: Text;
  date?: PartialDate;
  status: StepStatus;
  place?: Text;
  organizations: string[];
}
