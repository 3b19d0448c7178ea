import { attribute, elements } from './xml-text';

export type NumberingImport = {
  numberingXml: string;
  /** Report numId -> pack numId. Every report list gets fresh ids, so its numbering restarts in the pack. */
  numIds: Map<string, string>;
};

/**
 * Copy a report's list definitions into the pack's numbering part under new ids. abstractNums must all precede the
 * nums in numbering.xml, so the copies are inserted in two places. Each copy gets a fresh nsid: Word joins lists
 * whose abstract definitions share an nsid, which would run one report's numbering on from another's.
 */
export function importNumbering(
  packNumberingXml: string,
  reportNumberingXml: string | undefined,
  styleIds: Map<string, string>,
  seed: number,
): NumberingImport {
  const numIds = new Map<string, string>();
  if (!reportNumberingXml) return { numberingXml: packNumberingXml, numIds };
  const nextAbstract = maxAttribute(packNumberingXml, 'w:abstractNumId') + 1;
  const nextNum = maxAttribute(packNumberingXml, 'w:numId') + 1;
  const abstractIds = new Map<string, string>();
  const abstracts = elements(reportNumberingXml, 'w:abstractNum').map((abstract, index) => {
    const id = attribute(abstract, 'w:abstractNumId') ?? '';
    const packId = String(nextAbstract + index);
    abstractIds.set(id, packId);
    const nsid = ((seed * 4096 + index + 1) >>> 0).toString(16).toUpperCase().padStart(8, '0');
    return abstract
      .replace(/(\sw:abstractNumId=")[^"]*"/, `$1${packId}"`)
      .replace(/(<w:nsid\s+w:val=")[^"]*"/, `$1${nsid}"`)
      .replace(
        /<w:(pStyle|numStyleLink|styleLink)\s+w:val="([^"]*)"/g,
        (_all, kind: string, value: string) => {
          return `<w:${kind} w:val="${styleIds.get(value) ?? value}"`;
        },
      );
  });
  const nums = elements(reportNumberingXml, 'w:num').map((num, index) => {
    const id = attribute(num, 'w:numId') ?? '';
    const packId = String(nextNum + index);
    numIds.set(id, packId);
    return num
      .replace(/(\sw:numId=")[^"]*"/, `$1${packId}"`)
      .replace(/(<w:abstractNumId\s+w:val=")([^"]*)"/, (_all, start: string, value: string) => {
        return `${start}${abstractIds.get(value) ?? value}"`;
      });
  });
  const firstNum = packNumberingXml.search(/<w:num\b/);
  const close = packNumberingXml.lastIndexOf('</w:numbering>');
  if (close < 0) throw new Error('The pack has no numbering part to merge lists into.');
  const abstractAt = firstNum >= 0 ? firstNum : close;
  const numberingXml =
    packNumberingXml.slice(0, abstractAt) +
    abstracts.join('') +
    packNumberingXml.slice(abstractAt, close) +
    nums.join('') +
    packNumberingXml.slice(close);
  return { numberingXml, numIds };
}

function maxAttribute(xml: string, name: string): number {
  let max = 0;
  for (const match of xml.matchAll(new RegExp(`\\s${name}="(\\d+)"`, 'g')))
    max = Math.max(max, Number(match[1]));
  return max;
}
