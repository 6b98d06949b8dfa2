/**
 * The JSON Schema for authors (src/story/story.schema.json, shipped as dist/story.schema.json)
 * against the same table of documents as parseStory (test/story-documents.ts), with a real
 * validator (ajv, draft-07).
 *
 * The schema is stricter for authors than the reader is: a malformed optional value that
 * parseStory drops with a warning (a date such as 2024-02-30, a javascript: URL, a negative member
 * count…) is an error for the schema, so that an editor flags it while the document is written.
 * The other way round, a document the schema accepts is one parseStory reads without warning,
 * except for the few rules a JSON Schema cannot express (marked `schemaCannotDetect` in the table),
 * which only parseStory can refuse.
 */
import {expect} from '@open-wc/testing';
import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv';
import {canonicalTag} from '../src/story/language.js';
import {isPartialDate, parseStory} from '../src/story/parse-story.js';
import {safeUrl} from '../src/story/safe-url.js';
import {dropDocuments, FORBIDDEN_URLS, invalidDocuments, SCHEME_WITHOUT_HOST_URLS, validDocuments} from './story-documents.js';
import './readable-failures.js';

const SCHEMA_URL = '/src/story/story.schema.json';

type SchemaNode = Record<string, unknown>;

let schema: SchemaNode;
let validateStory: ValidateFunction;
let validateDate: ValidateFunction;
let validateUrl: ValidateFunction;
let validateLanguageTag: ValidateFunction;
let ajvWarnings: unknown[][];

before(async () => {
  const response = await fetch(SCHEMA_URL);
  expect(response.ok, `GET ${SCHEMA_URL}`).to.equal(true);
  schema = await response.json();
  ajvWarnings = [];
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    logger: {log: () => {}, warn: (...args: unknown[]) => void ajvWarnings.push(args), error: (...args: unknown[]) => void ajvWarnings.push(args)},
  });
  ajv.addSchema(schema, 'story');
  validateStory = ajv.getSchema('story')!;
  validateDate = ajv.getSchema('story#/definitions/PartialDate')!;
  validateUrl = ajv.getSchema('story#/definitions/URL')!;
  validateLanguageTag = ajv.getSchema('story#/definitions/LanguageTag')!;
});

/** `organizations[0].members.count` for the JSON Pointer `/organizations/0/members/count`. */
function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path ? `${path}.${token}` : token), '');
}

/** The field an ajv error is about, as a parseStory path; a missing property or bad key included. */
function errorPath(error: ErrorObject): string {
  const path = fieldPath(error.instancePath);
  const key = (error.params as {missingProperty?: string; propertyName?: string}).missingProperty ?? error.propertyName;
  return key === undefined ? path : path ? `${path}.${key}` : key;
}

/** True when one path is the other, or inside it ('' is the whole document). */
function related(a: string, b: string): boolean {
  const inside = (inner: string, outer: string) =>
    outer === '' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}

function errorsOf(document: unknown): ErrorObject[] {
  return validateStory(document) ? [] : [...(validateStory.errors ?? [])];
}

const describeErrors = (errors: ErrorObject[]) =>
  errors.map((e) => `${errorPath(e) || '(document)'}: ${e.message}`).join('; ');

describe('story.schema.json', () => {
  describe('the schema itself', () => {
    it('is a draft-07 schema that ajv compiles in strict mode without warnings', () => {
      expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
      expect(validateStory).to.be.a('function');
      expect(ajvWarnings).to.deep.equal([]);
      const ajv = new Ajv({strict: true});
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).to.equal(true);
    });

    it('has a title and no $id, and describes every field for editors', () => {
      expect(schema.title).to.be.a('string').and.not.equal('');
      expect(schema.description).to.be.a('string').and.not.equal('');
      const undescribed: string[] = [];
      const walk = (node: unknown, where: string) => {
        if (typeof node !== 'object' || node === null) return;
        if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
        expect(node, where).not.to.have.property('$id');
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' || key === 'definitions') {
            for (const [name, child] of Object.entries(value as SchemaNode)) {
              if (typeof (child as SchemaNode).description !== 'string') undescribed.push(`${where}/${key}/${name}`);
            }
          }
          walk(value, `${where}/${key}`);
        }
      };
      walk(schema, '#');
      expect(undescribed).to.deep.equal([]);
    });
  });

  describe('agrees with parseStory on the shared table', () => {
    for (const c of validDocuments) {
      it(`accepts ${c.name}`, async () => {
        const errors = errorsOf(await c.document());
        expect(errors, describeErrors(errors)).to.deep.equal([]);
      });
    }

    // Stricter than the reader: what parseStory drops, the schema refuses, at the dropped paths.
    for (const c of dropDocuments) {
      if (c.schemaCannotDetect) {
        it(`accepts ${c.name}, which only parseStory sees (${c.schemaCannotDetect})`, async () => {
          const errors = errorsOf(await c.document());
          expect(errors, describeErrors(errors)).to.deep.equal([]);
        });
        continue;
      }
      it(`refuses ${c.name} (dropped by parseStory) at ${c.dropped.join(', ')}`, async () => {
        const errors = errorsOf(await c.document());
        expect(errors, 'errors').not.to.deep.equal([]);
        for (const path of c.dropped) {
          expect(errors.some((e) => related(errorPath(e), path)), `an error at ${path}: ${describeErrors(errors)}`).to.equal(true);
        }
        for (const error of errors) {
          expect(c.dropped.some((path) => related(errorPath(error), path)), `unexpected error ${describeErrors([error])}`).to.equal(true);
        }
      });
    }

    for (const c of invalidDocuments) {
      if (c.schemaCannotDetect) {
        it(`accepts ${c.name}, which only parseStory refuses (${c.schemaCannotDetect})`, async () => {
          const errors = errorsOf(await c.document());
          expect(errors, describeErrors(errors)).to.deep.equal([]);
        });
      } else {
        it(`refuses ${c.name} at ${c.path}`, async () => {
          const path = c.path === 'story' ? '' : c.path;
          const errors = errorsOf(await c.document());
          expect(errors, 'errors').not.to.deep.equal([]);
          for (const error of errors) {
            expect(related(errorPath(error), path), `error ${describeErrors([error])} is not at ${c.path}`).to.equal(true);
          }
        });
      }
    }

    it('accepts only documents that parseStory reads without warning, but for the marked rules', async () => {
      const all: {name: string; document: () => unknown; schemaCannotDetect?: string}[] = [
        ...validDocuments,
        ...dropDocuments,
        ...invalidDocuments,
      ];
      let accepted = 0;
      for (const c of all) {
        const document = await c.document();
        if (!validateStory(document)) continue;
        accepted += 1;
        const warnings: string[][] = [];
        let error: unknown;
        try {
          parseStory(document, {warn: (messages) => warnings.push(messages)});
        } catch (e) {
          error = e;
        }
        if (error !== undefined || warnings.length > 0) {
          expect(c.schemaCannotDetect, `${c.name}: ${error ?? warnings.join()}`).to.be.a('string');
        }
      }
      expect(accepted).to.be.greaterThan(validDocuments.length);
    });
  });

  describe('PartialDate', () => {
    const years = ['0000', '0004', '0100', '1600', '1900', '2000', '2012', '2023', '2024', '2100', '2400', '9999'];
    const twoDigits = (n: number) => String(n).padStart(2, '0');
    const candidates = [
      ...years.flatMap((year) => [
        year,
        ...Array.from({length: 14}, (_, m) => `${year}-${twoDigits(m)}`),
        ...Array.from({length: 14}, (_, m) => Array.from({length: 33}, (_, d) => `${year}-${twoDigits(m)}-${twoDigits(d)}`)).flat(),
      ]),
      '2012-1-5',
      '2012-01-5',
      '12',
      '20121',
      '2012-11-20T10:00',
      ' 2012',
      '2012/11/20',
      '２０１２',
      '',
    ];

    it(`agrees with isPartialDate on ${candidates.length} strings (leap years, month 13, day 0…)`, () => {
      const disagreements = candidates.filter((date) => validateDate(date) !== isPartialDate(date));
      expect(disagreements).to.deep.equal([]);
      // The grid holds both kinds.
      expect(candidates.filter((date) => isPartialDate(date))).to.include.members(['2024-02-29', '2000-02-29', '0004-02-29', '2012']);
      expect(candidates.filter((date) => !isPartialDate(date))).to.include.members(['2024-02-30', '1900-02-29', '2012-13', '2012-11-00', '0000', '0000-02-29']);
    });
  });

  describe('URL', () => {
    const allowed = [
      'https://alliance.example/',
      'http://alliance.example/logo.svg',
      'HTTPS://ALLIANCE.EXAMPLE/A?B#C',
      '/news/story.html',
      'logos/an.svg',
      '../organisations/a.html',
      './a:b',
      '//cdn.example/x.png',
      '?page=2',
      '#top',
      'https://exemple.québec/été',
    ];
    const refusedBoth = [
      ...FORBIDDEN_URLS,
      '',
      'javascript://%0Aalert(1)',
      'JAVASCRIPT:alert(1)',
      'blob:https://a.example/x',
      'ftp://a.example/',
      'https:',
      'http:',
      'https:#top',
      // A scheme without "//": against a base of the same scheme, a path on the site around.
      ...SCHEME_WITHOUT_HOST_URLS,
    ];
    // Written carelessly, but readable: parseStory cleans them; the schema asks for a clean URL.
    const refusedBySchemaOnly = [' https://alliance.example/ ', 'https://alliance.example/a b'];

    for (const url of allowed) {
      it(`accepts ${JSON.stringify(url)}, as parseStory does`, () => {
        expect(validateUrl(url)).to.equal(true);
        expect(safeUrl(url)).to.be.a('string');
      });
    }
    for (const url of refusedBoth) {
      it(`refuses ${JSON.stringify(url)}, as parseStory does`, () => {
        expect(validateUrl(url)).to.equal(false);
        expect(safeUrl(url)).to.equal(undefined);
      });
    }
    for (const url of refusedBySchemaOnly) {
      it(`refuses ${JSON.stringify(url)}, which parseStory cleans up`, () => {
        expect(validateUrl(url)).to.equal(false);
        expect(safeUrl(url)).to.be.a('string');
      });
    }
  });

  describe('LanguageTag', () => {
    const tags = ['fr', 'FR', 'fr-CA', 'en-GB', 'zh-Hans', 'zh-hans-cn', 'zh-Hant-TW', 'es-419', 'de-CH-1901', 'en-u-ca-gregory', 'en-x-private', 'und', 'yue', 'abcde'];
    const notTags = ['', 'f', 'fr_CA', 'fr-', '-fr', 'fr--CA', 'abcd', 'toolongtag', 'x-private', 'i-klingon', '123', ' fr', 'fr ', 'français'];

    for (const tag of tags) {
      it(`accepts ${JSON.stringify(tag)}, as parseStory does`, () => {
        expect(validateLanguageTag(tag)).to.equal(true);
        expect(canonicalTag(tag)).to.be.a('string');
      });
    }
    for (const tag of notTags) {
      it(`refuses ${JSON.stringify(tag)}`, () => {
        expect(validateLanguageTag(tag)).to.equal(false);
        // parseStory trims a tag it reads; the schema wants it without spaces.
        if (tag.trim() === tag) expect(canonicalTag(tag)).to.equal(undefined);
      });
    }
  });
});
