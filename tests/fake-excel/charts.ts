/**
 * The chart objects of the Excel JS API the adapter uses to draw the summary sheet's chart, and
 * only those: `worksheet.charts.add(type, range, seriesBy)` (ExcelApi 1.1), the chart's name,
 * title, legend and position, its value axis (`minimum`, `setPositionAt`, 1.8), its first series
 * (`name`, `hasDataLabels`, `gapWidth`, `setXAxisValues`, 1.7–1.8) and that series' point fills
 * (`points.getItemAt(i).format.fill.setSolidColor`, 1.7). What a chart holds is recorded in the
 * sheet's state as addresses and values, for the tests to compare with the sheet; anything else
 * fails loudly, as the rest of the fake does. Like Excel, a series has one point per cell of its
 * source, and a point past the last one does not exist.
 */
import { ClientObject, accessors, type PropSpec } from './client';
import { FakeLimitError, HostError } from './errors';
import { cellCount, quoteName, refOf, type Rect } from './address';
import type { SheetState } from './state';

export interface ChartSeriesState {
  name: string | null;
  /** `'Sheet'!B9:B20`: the cells the values come from. */
  values: string;
  points: number;
  xValues: string | null;
  hasDataLabels: boolean;
  gapWidth: number | null;
  /** Point index → `#RRGGBB`. */
  pointFills: Map<number, string>;
}

export interface ChartState {
  type: string;
  name: string;
  title: string | null;
  legendVisible: boolean;
  /** Top-left and bottom-right cells (`A30`, `L52`). */
  position: [string, string] | null;
  valueAxis: { minimum: number | null; crossesAt: number | null };
  series: ChartSeriesState[];
}

/** What the adapter passes for a range: an object whose target is a sheet and a rectangle. */
interface RangeLike {
  _resolve(): unknown;
}

const TYPES = ['ColumnClustered', 'BarClustered', 'Line'];
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

const chartOf = (t: unknown) => t as ChartState;

export class ChartCollection extends ClientObject {
  readonly _typeName = 'ChartCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  add(type: string, sourceData: RangeLike, seriesBy?: string): Chart {
    if (!TYPES.includes(type)) throw new FakeLimitError(`fake: chart type ${type} is not emulated`);
    if (seriesBy !== 'Columns') throw new FakeLimitError('fake: charts.add emulates seriesBy "Columns" only');
    return this._create(
      'Add',
      [type, sourceData, seriesBy],
      (p) => new Chart(this.context, p, () => null),
      (s) => {
        const { sheet, rect } = sourceData._resolve() as { sheet: SheetState; rect: Rect };
        const columns = rect.right - rect.left + 1;
        const series: ChartSeriesState[] = Array.from({ length: columns }, (_, i) => ({
          name: null,
          values: `${quoteName(sheet.name)}!${refOf({ ...rect, left: rect.left + i, right: rect.left + i })}`,
          points: cellCount(rect) / columns,
          xValues: null,
          hasDataLabels: false,
          gapWidth: null,
          pointFills: new Map(),
        }));
        const chart: ChartState = {
          type,
          name: `Chart ${(s as SheetState).charts.length + 1}`,
          title: null,
          legendVisible: true,
          position: null,
          valueAxis: { minimum: null, crossesAt: null },
          series,
        };
        (s as SheetState).charts.push(chart);
        return chart;
      },
    );
  }
}

export class Chart extends ClientObject {
  readonly _typeName = 'Chart';
  _props(): Record<string, PropSpec> {
    return { name: { read: (t) => chartOf(t).name, write: (t, v) => (chartOf(t).name = String(v)) } };
  }
  get title(): ChartTitle {
    return this._navigate('Title', (p) => new ChartTitle(this.context, p, (c) => c));
  }
  get legend(): ChartLegend {
    return this._navigate('Legend', (p) => new ChartLegend(this.context, p, (c) => c));
  }
  get axes(): ChartAxes {
    return this._navigate('Axes', (p) => new ChartAxes(this.context, p, (c) => c));
  }
  get series(): ChartSeriesCollection {
    return this._navigate('Series', (p) => new ChartSeriesCollection(this.context, p, (c) => c));
  }
  setPosition(startCell: string, endCell: string): void {
    if (typeof startCell !== 'string' || typeof endCell !== 'string')
      throw new FakeLimitError('fake: setPosition takes cell addresses here');
    this._call('SetPosition', [startCell, endCell], (t) => {
      if (!CELL.test(startCell) || !CELL.test(endCell))
        throw new HostError('InvalidArgument', `Invalid chart position ${startCell}:${endCell}`);
      chartOf(t).position = [startCell, endCell];
    });
  }
}
accessors(Chart, ['name']);

export class ChartTitle extends ClientObject {
  readonly _typeName = 'ChartTitle';
  _props(): Record<string, PropSpec> {
    return { text: { read: (t) => chartOf(t).title, write: (t, v) => (chartOf(t).title = String(v)) } };
  }
}
accessors(ChartTitle, ['text']);

export class ChartLegend extends ClientObject {
  readonly _typeName = 'ChartLegend';
  _props(): Record<string, PropSpec> {
    return { visible: { read: (t) => chartOf(t).legendVisible, write: (t, v) => (chartOf(t).legendVisible = !!v) } };
  }
}
accessors(ChartLegend, ['visible']);

export class ChartAxes extends ClientObject {
  readonly _typeName = 'ChartAxes';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get valueAxis(): ChartValueAxis {
    return this._navigate('ValueAxis', (p) => new ChartValueAxis(this.context, p, (c) => c));
  }
}

function finite(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new HostError('InvalidArgument', `Invalid number ${v}`);
  return v;
}

export class ChartValueAxis extends ClientObject {
  readonly _typeName = 'ChartAxis';
  _props(): Record<string, PropSpec> {
    return {
      minimum: {
        read: (t) => chartOf(t).valueAxis.minimum,
        write: (t, v) => (chartOf(t).valueAxis.minimum = finite(v)),
      },
    };
  }
  /** Where the category axis crosses this one. */
  setPositionAt(value: number): void {
    this._call('SetPositionAt', [value], (t) => (chartOf(t).valueAxis.crossesAt = finite(value)));
  }
}
accessors(ChartValueAxis, ['minimum']);

export class ChartSeriesCollection extends ClientObject {
  readonly _typeName = 'ChartSeriesCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  getItemAt(index: number): ChartSeries {
    return this._method(
      'GetItemAt',
      [index],
      (p) =>
        new ChartSeries(this.context, p, (c) => {
          const s = chartOf(c).series[index];
          if (!s) throw new HostError('InvalidArgument', `The chart has no series ${index}.`);
          return s;
        }),
    );
  }
}

const seriesOf = (t: unknown) => t as ChartSeriesState;

export class ChartSeries extends ClientObject {
  readonly _typeName = 'ChartSeries';
  _props(): Record<string, PropSpec> {
    return {
      name: { read: (t) => seriesOf(t).name, write: (t, v) => (seriesOf(t).name = String(v)) },
      hasDataLabels: { read: (t) => seriesOf(t).hasDataLabels, write: (t, v) => (seriesOf(t).hasDataLabels = !!v) },
      gapWidth: {
        read: (t) => seriesOf(t).gapWidth,
        write: (t, v) => {
          const w = finite(v);
          if (w < 0 || w > 500) throw new HostError('InvalidArgument', `gapWidth ${w} is outside 0–500.`);
          seriesOf(t).gapWidth = w;
        },
      },
    };
  }
  setXAxisValues(sourceData: RangeLike): void {
    this._call('SetXAxisValues', [sourceData], (t) => {
      const { sheet, rect } = sourceData._resolve() as { sheet: SheetState; rect: Rect };
      if (cellCount(rect) !== seriesOf(t).points)
        throw new HostError('InvalidArgument', 'The category range and the values differ in length.');
      seriesOf(t).xValues = `${quoteName(sheet.name)}!${refOf(rect)}`;
    });
  }
  get points(): ChartPointsCollection {
    return this._navigate('Points', (p) => new ChartPointsCollection(this.context, p, (s) => s));
  }
}
accessors(ChartSeries, ['name', 'hasDataLabels', 'gapWidth']);

export class ChartPointsCollection extends ClientObject {
  readonly _typeName = 'ChartPointsCollection';
  _props(): Record<string, PropSpec> {
    return {};
  }
  getItemAt(index: number): ChartPoint {
    return this._method(
      'GetItemAt',
      [index],
      (p) =>
        new ChartPoint(this.context, p, (s) => {
          if (!Number.isInteger(index) || index < 0 || index >= seriesOf(s).points)
            throw new HostError('InvalidArgument', `The series has no point ${index}.`);
          return { series: seriesOf(s), index };
        }),
    );
  }
}

interface PointTarget {
  series: ChartSeriesState;
  index: number;
}

export class ChartPoint extends ClientObject {
  readonly _typeName = 'ChartPoint';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get format(): ChartPointFormat {
    return this._navigate('Format', (p) => new ChartPointFormat(this.context, p, (t) => t));
  }
}

export class ChartPointFormat extends ClientObject {
  readonly _typeName = 'ChartPointFormat';
  _props(): Record<string, PropSpec> {
    return {};
  }
  get fill(): ChartFill {
    return this._navigate('Fill', (p) => new ChartFill(this.context, p, (t) => t));
  }
}

export class ChartFill extends ClientObject {
  readonly _typeName = 'ChartFill';
  _props(): Record<string, PropSpec> {
    return {};
  }
  setSolidColor(color: string): void {
    this._call('SetSolidColor', [color], (t) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new HostError('InvalidArgument', `Invalid colour ${color}`);
      const { series, index } = t as PointTarget;
      series.pointFills.set(index, color.toUpperCase());
    });
  }
}
