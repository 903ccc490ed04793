import type { Util } from '@aws-appsync/utils';

type XmlUtils = Util['xml'];

/**
 * `util.xml`, with the conventions of org.json's XML.toJSONObject: elements become keys, repeated
 * elements become arrays, attributes sit beside child elements, text beside attributes or children
 * is kept under "content", empty elements are "", and numbers and booleans in text become JSON
 * numbers and booleans.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

function toValue(text: string): Json {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  // A leading zero marks an identifier ("007"), not a number.
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n) && (Number.isSafeInteger(n) || !/^-?\d+$/.test(text))) return n;
  }
  return text;
}

function accumulate(target: { [key: string]: Json }, key: string, value: Json) {
  if (!Object.hasOwn(target, key)) target[key] = value;
  else if (Array.isArray(target[key])) (target[key] as Json[]).push(value);
  else target[key] = [target[key], value];
}

class XmlSyntaxError extends Error {}

function parse(xml: string): { [key: string]: Json } {
  let i = 0;
  const fail = (message: string): never => {
    throw new XmlSyntaxError(`${message} at ${i} [character ${i + 1} line 1]`);
  };

  function skipMarkup(): boolean {
    for (const [open, close] of [
      ['<?', '?>'],
      ['<!--', '-->'],
      ['<!DOCTYPE', '>'],
    ] as const) {
      if (xml.startsWith(open, i)) {
        const end = xml.indexOf(close, i + open.length);
        if (end < 0) fail(`Unclosed ${open}`);
        i = end + close.length;
        return true;
      }
    }
    return false;
  }

  function readElement(target: { [key: string]: Json }) {
    const nameMatch = /^<([^\s/>!?]+)/.exec(xml.slice(i));
    if (!nameMatch) fail('Misshaped element');
    const name = nameMatch![1];
    i += nameMatch![0].length;
    const element: { [key: string]: Json } = {};
    for (;;) {
      const attr = /^\s+([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
      if (!attr) break;
      accumulate(element, attr[1], toValue(decodeEntities(attr[3] ?? attr[4])));
      i += attr[0].length;
    }
    const close = /^\s*(\/?)>/.exec(xml.slice(i));
    if (!close) fail('Misshaped tag');
    i += close![0].length;
    if (close![1] === '/') {
      accumulate(target, name, Object.keys(element).length ? element : '');
      return;
    }
    let text = '';
    for (;;) {
      if (i >= xml.length) fail(`Unclosed tag ${name}`);
      if (xml.startsWith('</', i)) {
        const end = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i));
        if (!end || end[1] !== name) fail(`Mismatched ${name} and ${end ? end[1] : '?'}`);
        i += end![0].length;
        break;
      }
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i);
        if (end < 0) fail('Unclosed CDATA');
        text += xml.slice(i + 9, end);
        i = end + 3;
      } else if (skipMarkup()) {
        continue;
      } else if (xml[i] === '<') {
        readElement(element);
      } else {
        const next = xml.indexOf('<', i);
        text += decodeEntities(xml.slice(i, next < 0 ? xml.length : next));
        i = next < 0 ? xml.length : next;
      }
    }
    const content = text.trim();
    if (Object.keys(element).length === 0) accumulate(target, name, content === '' ? '' : toValue(content));
    else {
      if (content !== '') accumulate(element, 'content', toValue(content));
      accumulate(target, name, element);
    }
  }

  const root: { [key: string]: Json } = {};
  while (i < xml.length) {
    if (/\s/.test(xml[i])) i++;
    else if (skipMarkup()) continue;
    else if (xml[i] === '<') readElement(root);
    else fail('Content is not allowed outside the root element');
  }
  return root;
}

function toJsonString(xml: string): string;
function toJsonString(xml: string, stringEncode: boolean): string;
function toJsonString(xml: string, stringEncode?: boolean): string {
  const json = JSON.stringify(parse(String(xml)));
  return stringEncode ? JSON.stringify(json) : json;
}

export const xml = {
  toMap(xml: string): Record<string, unknown> | null {
    if (xml === null || xml === undefined) return null;
    return parse(String(xml));
  },
  toJsonString,
} satisfies XmlUtils;
