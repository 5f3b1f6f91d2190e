/**
 * The district report as its JSON file has it: every field but the periods detection read, whose
 * label (`period`) is written instead.
 */
import type { DistrictReport } from './types';

export function districtJson(d: DistrictReport): Omit<DistrictReport, 'at'> {
  const { at: _at, ...json } = d;
  return json;
}
