import { checkTemplate } from '../../documents/templates/check-template';
import { documentKinds, type DocumentKind } from '../../domain/model';
import { SyncError } from './errors';
import type { Manifest } from './manifest';
import type { ZipEntry } from './zip-reader';
import { viewZipEntry } from './zip-reader';

/** What a paper's record says of its bytes: the papers screen stores both as the paper is attached. */
export type PaperRecord = { name: string; sizeBytes: number; sha256: string };

/**
 * Every paper whose record and bytes travel together is the paper its record describes: the same size and,
 * where the record holds one, the same SHA-256. The agenda prints a paper's size ("PDF 105 KB") and the pack
 * finds a replaced paper by its checksum, so a record paired with other bytes would print a wrong size and
 * could put the wrong report in a pack. The bytes' own checksum is in the manifest, already checked against
 * them (bundle-read.ts checkEntries), so nothing is hashed twice. A file of changes may carry a record
 * without its bytes, or bytes without their record: there is nothing to compare.
 */
export function checkPapersMatchRecords(
  manifest: Manifest,
  records: ReadonlyMap<string, PaperRecord>,
  paperEntries: ReadonlyMap<string, string>,
): void {
  for (const [id, reference] of paperEntries) {
    const paper = records.get(id);
    const carried = manifest.entries[reference];
    if (!paper || !carried) continue;
    if (paper.sizeBytes !== carried.size)
      throw new SyncError(
        'paper-mismatch',
        `“${paper.name}”: its record says ${paper.sizeBytes.toLocaleString('en-GB')} bytes, the file carries ${carried.size.toLocaleString('en-GB')}`,
      );
    if (paper.sha256 && paper.sha256 !== carried.sha256)
      throw new SyncError('paper-mismatch', `“${paper.name}”: its checksum is not that of the bytes carried`);
  }
}

/** A template as a file carries one: which kind of document, its name, and the entry holding its bytes. */
export type CarriedTemplate = { kind: DocumentKind; name: string; entry: string };

/**
 * Every template in a file passes the check the settings screen makes before using one (a .docx with a
 * {{body}} on its own line, only placeholders Chamber fills): a template that fails it would make every
 * minutes or pack of that kind fail on the laptop that imported it, long after the import.
 */
export function checkTemplatesUsable(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  templates: readonly CarriedTemplate[],
): void {
  for (const template of templates) {
    const entry = entries.get(template.entry);
    if (!entry) continue;
    const check = checkTemplate(template.kind, viewZipEntry(bytes, entry));
    if (!check.ok)
      throw new SyncError(
        'template-unusable',
        `the ${documentKinds[template.kind].toLowerCase()} template “${template.name}”: ${check.problem}`,
      );
  }
}
