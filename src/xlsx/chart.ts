/**
 * The achievement chart of the summary sheet as a native Excel chart (ECMA-376 Part 1, §21.2
 * DrawingML charts): a drawing anchored under the sheet's content holding a column chart whose
 * series read the sheet's own cells — the names (`'Báo cáo chỉ tiêu'!$B$9:$B$20`) and the achievement
 * % column (`Tỷ lệ TH/KH (%)`, `Tỷ lệ nhiệm kỳ / lũy kế (%)`) — so a figure corrected in Excel
 * redraws its bar; a dashed line at 100% (a line series of literal values) is the target.
 *
 * The first indicator table of the sheet is charted, its rows as they stand (a section row is a label
 * with no bar, which groups the bars by field). Each bar takes the colour of its row's status as the
 * sheet shows it when written (a data point's fill: a chart cannot take a conditional format), and
 * the cached values are the sheet's, so a reader that does not calculate draws the same chart. A sheet
 * without such a column, or one of more than `MAX_BARS` rows, gets no chart (it would be unreadable).
 * Transitional packages only (a Strict package gets no chart). The injector (`./inject`) adds the
 * parts: the chart, the drawing and its rels, the sheet's `<drawing>` before its `<legacyDrawing>`.
 */
import type { ChartSpec } from '../core/report/sheetChart';
import { escapeAttr, escapeText } from './xml';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

const fill = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numPoints(values: (number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}`;
}

/** The chart part (`xl/charts/chartN.xml`). */
export function chartXml(spec: ChartSpec): string {
  const categories = `<c:cat><c:strRef><c:f>${escapeText(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`;
  const points = spec.colours
    .map((rgb, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(rgb)}</c:dPt>`)
    .join('');
  const labels =
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const bars =
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Tỷ lệ thực hiện (%)</c:v></c:tx>${fill('595959')}` +
    `<c:invertIfNegative val="0"/>${points}${labels}${categories}` +
    `<c:val><c:numRef><c:f>${escapeText(spec.valuesRef)}</c:f><c:numCache>${numPoints(spec.values)}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>';
  const target =
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="1"/><c:order val="1"/><c:tx><c:v>Kế hoạch (100%)</c:v></c:tx>' +
    '<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>' +
    `<c:marker><c:symbol val="none"/></c:marker>${categories}` +
    `<c:val><c:numLit>${numPoints(spec.values.map(() => 100))}</c:numLit></c:val><c:smooth val="0"/></c:ser>` +
    '<c:marker val="1"/><c:axId val="50010"/><c:axId val="50020"/></c:lineChart>';
  const axes =
    '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/>' +
    '<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bars}${target}${axes}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

/** The drawing part (`xl/drawings/drawingN.xml`) anchoring the chart of relationship `chartRelId`. */
export function drawingXml(spec: ChartSpec, chartRelId: string): string {
  const { row, fromCol, toCol, rows } = spec.anchor;
  const at = (col: number, r: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${at(fromCol, row)}</xdr:from><xdr:to>${at(toCol, row + rows)}</xdr:to>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="2" name="Biểu đồ chỉ tiêu" descr="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
