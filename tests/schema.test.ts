/** The `--json` report of every fixture and of the sample validates against report.schema.json (copied from shared/spec). */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../src/cli/readWorkbook';
import { SAMPLE_WORKBOOK } from '../src/cli/main';
import { runReport, toReportJson } from '../src/core/index';
import { fixture, SCHEMA } from './fixtures/sources';

const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const inputs = [
  ...[
    'phuc-dong-2020',
    'duc-giang-2015-2020',
    'so-lieu-dai-2018-2020',
    'thuong-thanh-9-thang-2024-uoc-ca-nam',
    'giang-bien-giua-nhiem-ky-2020-2025',
  ].map(fixture),
  SAMPLE_WORKBOOK,
];

describe('JSON report matches shared/spec/report.schema.json', () => {
  for (const input of inputs) {
    it(input.split('/').pop()!, async () => {
      const read = await readWorkbook(input);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const json = JSON.parse(JSON.stringify(toReportJson(run.report)));
      const ok = validate(json);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
      expect(ok).toBe(true);
      expect(json.narrative.length).toBeGreaterThan(0);
    });
  }
});
