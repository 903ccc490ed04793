/**
 * `util.transform.toElasticsearchQueryDSL`: a filter object becomes an OpenSearch bool query.
 * Conditions of one field, and fields side by side, are ANDed (`must`); a single condition is
 * not wrapped; `or` becomes `should`, `not` becomes `must_not`.
 */

type Query = Record<string, unknown>;

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const all = (queries: Query[]): Query => (queries.length === 1 ? queries[0] : { bool: { must: queries } });

function condition(field: string, operator: string, value: unknown): Query {
  switch (operator) {
    case 'eq':
      return { term: { [field]: value } };
    case 'ne':
      return { bool: { must_not: { term: { [field]: value } } } };
    case 'match':
      return { match: { [field]: value } };
    case 'matchPhrase':
      return { match_phrase: { [field]: value } };
    case 'matchPhrasePrefix':
      return { match_phrase_prefix: { [field]: value } };
    case 'multiMatch':
      return { multi_match: { [field]: value } };
    case 'wildcard':
      return { wildcard: { [field]: value } };
    case 'regexp':
      return { regexp: { [field]: value } };
    case 'exists':
      if (typeof value !== 'boolean') break;
      return value ? { exists: { field } } : { bool: { must_not: { exists: { field } } } };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { range: { [field]: { [operator]: value } } };
    case 'range':
      if (!Array.isArray(value) || value.length < 2) break;
      return { range: { [field]: { gte: value[0], lte: value[1] } } };
  }
  throw new Error(`Could not construct an Elasticsearch Query DSL from ${operator} and ${JSON.stringify(value)}`);
}

function clauses(filter: Record<string, unknown>): Query[] {
  return Object.entries(filter).map(([key, value]) => {
    if (key === 'and' || key === 'or') {
      const members = (Array.isArray(value) ? value : [value]).filter(isMap).map((member) => all(clauses(member)));
      return key === 'and' ? { bool: { must: members } } : { bool: { should: members } };
    }
    if (key === 'not') return { bool: { must_not: all(clauses(isMap(value) ? value : {})) } };
    if (!isMap(value)) throw new Error(`Could not construct an Elasticsearch Query DSL from ${key} and ${JSON.stringify(value)}`);
    return all(Object.entries(value).map(([operator, operand]) => condition(key, operator, operand)));
  });
}

export function toElasticsearchQueryDSL(obj: unknown): string {
  if (!isMap(obj)) throw new Error('toElasticsearchQueryDSL expects an object');
  return JSON.stringify(all(clauses(obj)));
}
