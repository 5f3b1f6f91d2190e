/**
 * What a file is, by its first bytes (not its name): a zip (`PK\x03\x04`) is an .xlsx package,
 * or an OpenDocument `.ods` when its `mimetype` entry says so; an OLE compound file
 * (`D0 CF 11 E0 A1 B1 1A E1`) is an encrypted .xlsx when it holds the UTF-16LE stream name
 * `EncryptedPackage`, otherwise an old `.xls`; anything else (text, CSV, 0 bytes) is not a workbook.
 * A zip is opened through `openPackage`, so the reader and the injector find it already parsed.
 */
import { openPackage } from '../xlsx/package';

export type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'ods' | 'not_xlsx';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` in UTF-16LE, as an OLE directory names its stream. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

/** Classifies a file by its signature (and, for OLE files, by the encrypted-package stream name). */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_SIGNATURE)) return isOdsPackage(bytes) ? 'ods' : 'xlsx';
  if (startsWith(bytes, OLE_SIGNATURE)) return indexOf(bytes, ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'xls';
  return 'not_xlsx';
}

/**
 * True for an OpenDocument spreadsheet: a zip whose `mimetype` entry names it — the first entry, as
 * ODF asks and LibreOffice writes, or anywhere in a zip with no `[Content_Types].xml` (SheetJS
 * writes it after the manifest).
 */
export function isOdsPackage(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  if (!head.startsWith('PK\x03\x04')) return false;
  return head.includes(ODS_MIMETYPE) || mimetypeEntryIsOds(bytes);
}

function mimetypeEntryIsOds(bytes: Uint8Array): boolean {
  try {
    const pkg = openPackage(bytes);
    const mimetype = pkg.text('mimetype');
    if (mimetype === null || pkg.has('[Content_Types].xml')) return false;
    return `mimetype${mimetype.trim()}` === ODS_MIMETYPE;
  } catch {
    return false;
  }
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Where `needle` first occurs in `bytes`, or -1. */
function indexOf(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1))
    if (needle.every((b, k) => bytes[i + k] === b)) return i;
  return -1;
}
