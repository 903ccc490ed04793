import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

const POSTS = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
</posts>`;

describe('util.xml', () => {
  it('toMap gives the documented example, numbers as numbers', () => {
    expect(evaluate(`util.xml.toMap(${JSON.stringify(POSTS)})`)).toEqual({
      posts: { post: { id: 1, title: 'Getting started with GraphQL' } },
    });
  });

  it('toMap turns repeated elements into a list', () => {
    expect(evaluate(`util.xml.toMap("<posts><post><id>1</id></post><post><id>2</id></post></posts>")`)).toEqual({
      posts: { post: [{ id: 1 }, { id: 2 }] },
    });
  });

  it('toMap keeps attributes beside children and text under content', () => {
    expect(evaluate(`util.xml.toMap('<a kind="x" n="2"><b flag="true">text &amp; more</b><c/></a>')`)).toEqual({
      a: { kind: 'x', n: 2, b: { flag: true, content: 'text & more' }, c: '' },
    });
  });

  it('toMap keeps CDATA as text and drops comments', () => {
    expect(evaluate(`util.xml.toMap("<a><!-- note --><![CDATA[<b>]]></a>")`)).toEqual({ a: '<b>' });
  });

  it('toMap keeps an identifier with a leading zero as text', () => {
    expect(evaluate(`util.xml.toMap("<a>007</a>")`)).toEqual({ a: '007' });
  });

  it('toMap refuses mismatched tags', () => {
    expect(() => evaluate(`util.xml.toMap("<a><b></a>")`)).toThrow(/Mismatched/);
  });

  it('toJsonString gives the JSON text of the map', () => {
    expect(evaluate(`util.xml.toJsonString(${JSON.stringify(POSTS)})`)).toBe(
      '{"posts":{"post":{"id":1,"title":"Getting started with GraphQL"}}}',
    );
  });

  it('toJsonString string-encodes the JSON when asked', () => {
    expect(evaluate(`util.xml.toJsonString("<a>1</a>", true)`)).toBe('"{\\"a\\":1}"');
  });
});

describe('util.rds.toJsonObject', () => {
  const column = (name: string) => ({ label: name, name, typeName: 'VARCHAR' });
  const result = {
    sqlStatementResults: [
      {
        numberOfRecordsUpdated: 0,
        records: [
          [{ stringValue: 'Mark Twain' }, { stringValue: 'Adventures of Huckleberry Finn' }, { stringValue: '978-1948132817' }],
          [{ stringValue: 'Jack London' }, { stringValue: 'The Call of the Wild' }, { stringValue: '978-1948132275' }],
        ],
        columnMetadata: [column('author'), column('title'), column('ISBN-13')],
      },
    ],
  };

  it('gives one list of records per statement, keyed by column, as recorded from AppSync', () => {
    expect(evaluate(`util.rds.toJsonObject(${JSON.stringify(JSON.stringify(result))})`)).toEqual([
      [
        { author: 'Mark Twain', title: 'Adventures of Huckleberry Finn', 'ISBN-13': '978-1948132817' },
        { author: 'Jack London', title: 'The Call of the Wild', 'ISBN-13': '978-1948132275' },
      ],
    ]);
  });

  it('reads typed values and arrays, leaves null fields out and gives a statement without records one empty record', () => {
    // As recorded from AppSync (localstack/appsync-utils resolvers.test.js.snap, "toJsonObject",
    // "toJsonObject insert or update"), though the declarations speak of an empty list.
    // Prepare
    const typed = {
      sqlStatementResults: [
        {
          records: [[{ longValue: 3 }, { isNull: true }, { booleanValue: false }, { arrayValue: { stringValues: ['a', 'b'] } }]],
          columnMetadata: [column('n'), column('missing'), column('flag'), column('tags')],
        },
        { numberOfRecordsUpdated: 1 },
      ],
    };
    // Act
    const records = evaluate(`util.rds.toJsonObject(${JSON.stringify(typed)})`);
    // Assess
    expect(records).toEqual([[{ n: 3, flag: false, tags: ['a', 'b'] }], [{}]]);
  });
});
