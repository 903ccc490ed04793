import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

const dsl = (source: string) => JSON.parse(evaluate(`util.transform.toElasticsearchQueryDSL(${source})`) as string);

describe('util.transform.toElasticsearchQueryDSL', () => {
  it('renders the documented example, ANDing the conditions of each field and the fields', () => {
    // Act
    const query = dsl(`{ upvotes: { ne: 15, range: [10, 20] }, title: { eq: "hihihi", wildcard: "h*i" } }`);
    // Assess
    expect(query).toEqual({
      bool: {
        must: [
          { bool: { must: [{ bool: { must_not: { term: { upvotes: 15 } } } }, { range: { upvotes: { gte: 10, lte: 20 } } }] } },
          { bool: { must: [{ term: { title: 'hihihi' } }, { wildcard: { title: 'h*i' } }] } },
        ],
      },
    });
  });

  it('returns JSON text', () => {
    expect(evaluate(`util.transform.toElasticsearchQueryDSL({ title: { eq: "x" } })`)).toBe('{"term":{"title":"x"}}');
  });

  it.each([
    ['match', '"x"', { match: { f: 'x' } }],
    ['matchPhrase', '"x y"', { match_phrase: { f: 'x y' } }],
    ['matchPhrasePrefix', '"x y"', { match_phrase_prefix: { f: 'x y' } }],
    ['multiMatch', '"x"', { multi_match: { f: 'x' } }],
    ['regexp', '"x.*"', { regexp: { f: 'x.*' } }],
    ['gt', '1', { range: { f: { gt: 1 } } }],
    ['gte', '1', { range: { f: { gte: 1 } } }],
    ['lt', '1', { range: { f: { lt: 1 } } }],
    ['lte', '1', { range: { f: { lte: 1 } } }],
    ['exists', 'true', { exists: { field: 'f' } }],
    ['exists', 'false', { bool: { must_not: { exists: { field: 'f' } } } }],
  ])('renders %s %s', (op, value, expected) => {
    expect(dsl(`{ f: { ${op}: ${value} } }`)).toEqual(expected);
  });

  it('renders or as should, and as must, not as must_not', () => {
    expect(dsl(`{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }`)).toEqual({ bool: { should: [{ term: { a: 1 } }, { term: { b: 2 } }] } });
    expect(dsl(`{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }`)).toEqual({ bool: { must: [{ term: { a: 1 } }, { term: { b: 2 } }] } });
    expect(dsl(`{ not: { a: { eq: 1 } } }`)).toEqual({ bool: { must_not: { term: { a: 1 } } } });
  });

  it('refuses an operator it does not know', () => {
    expect(() => evaluate(`util.transform.toElasticsearchQueryDSL({ f: { bogus: 1 } })`)).toThrow(
      /Could not construct an Elasticsearch Query DSL from bogus/,
    );
  });
});
