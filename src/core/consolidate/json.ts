/**
 * The district report as its JSON file has it: every field but the periods detection read, whose
 * label (`period`) is written instead, and the period groups and settings the sentences were made with.
 */
import type { DistrictReport } from './types';

export function districtJson(d: DistrictReport): Omit<DistrictReport, 'at' | 'groups' | 'settings'> {
  const { at: _at, groups: _groups, settings: _settings, ...json } = d;
  return json;
}
