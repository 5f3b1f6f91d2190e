/**
 * Every text of the task pane and of the ribbon command's dialog, in Vietnamese. Components take
 * their words from here only, so a wording change is made in one place.
 */
import type { Direction, Outlook, Status, TermBasis, ValueKind } from '../../core/indicator';
import type { ProgressStep } from '../../excel/runInExcel';
import type { NarrativeSettings, WordingSetting } from '../../core/narrative/style';
import type { HeaderSource } from '../../settings/headerView';

/** The steps `generateReport` reports before `done`, in order. */
const PROGRESS_STEPS: ProgressStep[] = ['read', 'compute', 'write'];

/** JavaScript's own error classes (`errorCode` of a thrown Error), in words. */
const SCRIPT_ERRORS: Record<string, string> = {
  RangeError: 'sổ quá lớn hoặc có số liệu vượt giới hạn chương trình xử lý được',
  TypeError: 'chương trình gặp dữ liệu không như dự kiến',
  ReferenceError: 'lỗi trong chương trình',
  SyntaxError: 'lỗi trong chương trình',
  Error: 'lỗi trong chương trình',
  Unknown: 'lỗi chưa rõ nguyên nhân',
};

/** `A6:H22` → `dòng 6 đến 22, cột A đến H`; `B3` → `ô B3`; anything else as it is. */
export function rangeWords(range: string): string {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
  if (!m) return range;
  const [, c1, r1, c2, r2] = m;
  if (!c2) return `ô ${c1}${r1}`;
  const rows = r1 === r2 ? `dòng ${r1}` : `dòng ${r1} đến ${r2}`;
  const cols = c1 === c2 ? `cột ${c1}` : `cột ${c1} đến ${c2}`;
  return `${rows}, ${cols}`;
}

export const vi = {
  appTitle: 'Báo cáo chỉ tiêu',
  appSubtitle: 'Đọc các bảng chỉ tiêu trong sổ, tính tỷ lệ, kiểm tra số liệu và sinh trang báo cáo.',
  /** Which Excel runs chitieu (ExcelApi 1.9 and later), and what the others do instead. */
  versions:
    'chitieu chạy trên Excel 2021, Excel 2024, Microsoft 365 (Windows và Mac) và Excel trên web. Với Excel 2016, Excel 2019, WPS hay LibreOffice, hãy mở tệp chitieu.html (trang chitieu trong một tệp, bấm đúp để mở bằng Chrome, Edge hoặc Firefox, không cần mạng) và chọn sổ Excel của bạn.',
  /** A section whose code is still being fetched (the pane loads its parts on demand). */
  loading: 'Đang tải…',

  actions: {
    generate: 'Sinh báo cáo',
    analyze: 'Phân tích',
    reanalyze: 'Phân tích lại',
    analyzing: 'Đang phân tích sổ…',
    analyzeHint: 'Phân tích đọc các bảng và tính toán, không ghi gì vào sổ.',
  },

  progress: {
    label: 'Tiến độ',
    /** The adapter's own step message, numbered: `Bước 2/3: Đang tính tỷ lệ…`. */
    step: (step: ProgressStep, message: string) => {
      const n = PROGRESS_STEPS.indexOf(step) + 1;
      return n > 0 ? `Bước ${n}/${PROGRESS_STEPS.length}: ${message}` : message;
    },
  },

  tables: {
    title: 'Bảng chỉ tiêu',
    description: 'Bỏ chọn bảng không muốn đưa vào báo cáo.',
    none: 'Chưa có kết quả phân tích. Bấm "Phân tích" để đọc các bảng trong sổ.',
    /** `Chỉ tiêu 2020 — dòng 6 đến 22, cột A đến H`: the table's place in words, not an A1 range. */
    range: (sheet: string, range: string) => `${sheet} — ${rangeWords(range)}`,
    indicators: (n: number) => `${n} chỉ tiêu`,
    periods: (periods: string[]) => (periods.length === 0 ? 'Không rõ kỳ' : `Kỳ: ${periods.join(', ')}`),
    long: 'bảng dọc (mỗi dòng một năm)',
    excludedNote: (n: number) => `${n} bảng đang bị bỏ ra khỏi báo cáo.`,
  },

  indicators: {
    title: 'Kiểu và chiều đánh giá chỉ tiêu',
    description:
      'Chỉnh chiều đánh giá nếu chitieu đoán sai (ví dụ số hộ nghèo: giảm là tốt). Lựa chọn được lưu trong sổ.',
    kind: 'Kiểu',
    direction: 'Chiều đánh giá',
    directionLabel: (name: string) => `Chiều đánh giá của chỉ tiêu ${name}`,
    overridden: 'đã chỉnh',
    auto: (d: string) => `Tự động: ${d}`,
    reset: 'Trả về tự động',
    resetLabel: (name: string) => `Trả chiều đánh giá của chỉ tiêu ${name} về tự động`,
    excludedTable: 'Bảng này đang bị bỏ ra khỏi báo cáo.',
    /** Which term figure is judged against the term target (§7.5). */
    basis: {
      average: 'Đánh giá theo bình quân',
      total: 'Đánh giá theo tổng cộng',
      latest: 'Đánh giá theo số mới nhất',
      growth: 'Đánh giá theo tốc độ tăng bình quân',
    } satisfies Record<TermBasis, string>,
    outlook: (word: string) => `Khả năng hoàn thành: ${word}`,
    sub: 'chỉ tiêu con',
    inferred: 'chitieu đoán',
    inferredHint:
      'Bảng, chỉ tiêu giao và từ điển chỉ tiêu đều không nói rõ chiều đánh giá hay loại số liệu: chitieu đoán. Hãy kiểm tra.',
  },

  valueKinds: {
    amount: 'Số tiền',
    count: 'Số lượng',
    rate: 'Tỷ lệ',
    ratio: 'Tỷ số',
    rating: 'Xếp loại',
    boolean: 'Đạt/Không',
  } satisfies Record<ValueKind, string>,

  directions: {
    increase: 'Tăng là tốt',
    decrease: 'Giảm là tốt',
  } satisfies Record<Direction, string>,

  settings: {
    title: 'Thiết lập',
    description: 'Thiết lập được lưu trong sổ Excel này.',
    unitName: 'Tên đơn vị (trong lời nhận xét)',
    unitNameHint: 'Ví dụ: phường Phúc Đồng',
    superiorBody: 'Cơ quan cấp trên',
    superiorBodyHint: 'Ví dụ: Đảng bộ quận Long Biên (bỏ trống: lấy theo đầu trang của sổ)',
    issuingBody: 'Cơ quan ban hành',
    issuingBodyHint: 'Ví dụ: Đảng ủy phường Phúc Đồng (bỏ trống: lấy theo đầu trang của sổ)',
    place: 'Địa danh (dòng ngày tháng)',
    placeHint: 'Ví dụ: Phúc Đồng',
    bodyType: 'Khối',
    fromWorkbook: 'Theo đầu trang của sổ',
    party: 'Khối Đảng',
    state: 'Khối chính quyền',
    leadingZero: 'Viết số 0 đứng trước số nhỏ hơn 10 (03 chỉ tiêu)',
    rateGap: 'Cách viết chênh lệch tỷ lệ',
    rateGapPoints: 'điểm phần trăm (vượt 3,69 điểm phần trăm)',
    rateGapPercent: 'phần trăm truyền thống (vượt 3,69%)',
    /** Shapes the seed reports write two ways, both correct; the first is the default. */
    wording: {
      rateTarget: {
        label: 'Tỷ lệ so với chỉ tiêu',
        values: {
          gap: 'nêu mức chênh lệch (vượt 3,69 điểm phần trăm so với chỉ tiêu (88%))',
          given: 'nêu chỉ tiêu được giao (91,69% (chỉ tiêu được giao 88%), vượt chỉ tiêu)',
        },
      },
      termExcess: {
        label: 'Kết quả nhiệm kỳ vượt chỉ tiêu',
        values: {
          excess: 'nêu phần vượt (vượt 17,7% so với chỉ tiêu)',
          share: 'nêu tỷ lệ (bằng 117,7% chỉ tiêu)',
        },
      },
      averageWord: {
        label: 'Cách gọi số bình quân',
        values: { binh_quan: 'bình quân hàng năm đạt 90,42%', trung_binh: 'đạt trung bình 90,42%' },
      },
      everyYear: {
        label: 'Tỷ lệ năm nào cũng vượt chỉ tiêu',
        values: { status: 'hàng năm đều vượt chỉ tiêu (88%)', above: 'hàng năm trên 88%' },
      },
      termGoal: {
        label: 'Tên chỉ tiêu nhiệm kỳ',
        values: { nghi_quyet: 'chỉ tiêu Nghị quyết Đại hội', nhiem_ky: 'chỉ tiêu nhiệm kỳ' },
      },
    } satisfies { [K in WordingSetting]: { label: string; values: Record<NarrativeSettings[K], string> } },
    save: 'Lưu thiết lập',
    saved: 'Đã lưu thiết lập vào sổ.',
  },

  /** The header the report will carry, shown before it is written (`HeaderFields`). */
  header: {
    title: 'Đầu trang của báo cáo',
    description:
      'chitieu đọc các dòng này từ đầu trang của sổ. Kiểm tra trước khi ghi hoặc tải về; sửa ô nào thì chitieu dùng điều bạn nhập (xóa trắng ô để lấy lại theo sổ).',
    bodyType: 'Khối',
    superiorBody: 'Cơ quan cấp trên',
    issuingBody: 'Cơ quan ban hành',
    place: 'Địa danh',
    empty: 'Để trống (viết tay trên bản in)',
    sources: { typed: 'bạn đã nhập', workbook: 'đọc từ sổ', none: 'chưa có' } satisfies Record<HeaderSource, string>,
  },

  results: {
    title: 'Kết quả',
    done: (sheet: string) => `Đã tạo trang "${sheet}".`,
    total: (n: number) => `Tổng số: ${n} chỉ tiêu`,
    counts: 'Số chỉ tiêu theo đánh giá',
    statuses: {
      vuot: 'Vượt',
      dat: 'Đạt',
      chua_dat: 'Chưa đạt',
      khong_danh_gia: 'Không đánh giá',
      dang_thuc_hien: 'Đang thực hiện',
    } satisfies Record<Status, string>,
    /** A term in progress (sơ kết giữa nhiệm kỳ): how many targets are met, on course, at risk. */
    outlookTitle: (elapsed: string, years: number) => `Sau ${elapsed}/${years} năm của nhiệm kỳ`,
    outlook: {
      da_dat: 'Đã đạt',
      co_kha_nang_dat: 'Có khả năng đạt',
      kho_dat: 'Khó đạt',
    } satisfies Record<Outlook, string>,
    narrative: 'Nhận xét',
    copy: 'Sao chép',
    copySentence: (i: number) => `Sao chép câu ${i}`,
    copyAll: 'Sao chép tất cả',
    copied: 'Đã sao chép vào bộ nhớ tạm.',
    copiedAll: 'Đã sao chép toàn bộ nhận xét vào bộ nhớ tạm.',
    copyFailed: 'Không sao chép được: trình duyệt không cho phép ghi vào bộ nhớ tạm. Hãy chọn câu và bấm Ctrl+C.',
    checks: 'Số liệu cần kiểm tra',
    noChecks: 'Không có số liệu nào cần kiểm tra.',
    where: (sheet: string, cell: string) => `Ô ${cell}, trang ${sheet}`,
    select: (cell: string) => `Chọn ô ${cell}`,
    selectLabel: (sheet: string, cell: string) => `Chọn ô ${cell} trên trang ${sheet}`,
    selected: (sheet: string, cell: string) => `Đã chọn ô ${cell} trên trang ${sheet}.`,
    warnings: 'Lưu ý',
    baoCao: 'Tạo dự thảo báo cáo (.docx)',
    baoCaoSave: (name: string) => `Lưu tệp ${name}`,
    baoCaoReady: 'Đã soạn dự thảo báo cáo. Bấm "Lưu tệp" để tải về rồi mở bằng Word.',
    baoCaoHint: 'Dự thảo theo thể thức văn bản (đầu trang, kết quả theo lĩnh vực, hạn chế, phương hướng, phụ lục).',
  },

  district: {
    title: 'Tổng hợp các phường',
    description:
      'Mỗi trang tính là một phường (tên trang tính là tên phường), mỗi trang có bảng chỉ tiêu của phường đó. chitieu so sánh các phường, xếp hạng và ghi trang "Tổng hợp các phường".',
    run: 'Tổng hợp',
    runHint: 'Cần ít nhất hai trang tính có bảng chỉ tiêu.',
    done: (sheet: string, wards: number) => `Đã tổng hợp ${wards} phường vào trang "${sheet}".`,
    sentences: 'Nhận xét',
    ranking: 'Xếp hạng',
    rankLine: (rank: number, ward: string, met: number, total: number, tied: boolean) =>
      `${rank}. ${ward}${tied ? ' (đồng hạng)' : ''}: ${met}/${total} chỉ tiêu đạt và vượt`,
    meanPct: (pct: string) => `bình quân ${pct}`,
    findings: (n: number) =>
      n === 0 ? 'Không có nội dung cần kiểm tra.' : `${n} nội dung cần kiểm tra (xem trang tổng hợp).`,
    /** The wards' own files, chosen in the pane. */
    filesLabel: 'Hoặc chọn tệp Excel của các phường',
    filesHint:
      'Chọn cùng lúc nhiều tệp (.xlsx, .xls, .ods), mỗi tệp là báo cáo của một phường. Các tệp không bị thay đổi; kết quả ghi vào trang "Tổng hợp các phường" của sổ đang mở.',
    filesChosen: (n: number) => `Đã chọn ${n} tệp.`,
  },

  /** Several years: last year's report for cùng kỳ, the term from the workbook's yearly sheets. */
  years: {
    title: 'So cùng kỳ và nhiệm kỳ',
    previousLabel: 'File năm trước (so cùng kỳ)',
    previousHint:
      'Khi bảng không có cột cùng kỳ, "Sinh báo cáo" lấy số cùng kỳ từ báo cáo năm trước trong tệp này (theo tên chỉ tiêu và cùng kỳ báo cáo). Tệp không bị thay đổi.',
    previousChosen: (name: string) => `Đang dùng tệp năm trước: ${name}`,
    previousClear: 'Bỏ tệp năm trước',
    previousCleared: 'Đã bỏ tệp năm trước.',
    termDescription:
      'Sổ có mỗi năm một trang (ví dụ "Năm 2021" … "Năm 2025"): chitieu ghép các năm thành bảng nhiệm kỳ trên trang mới "Nhiệm kỳ", rồi sinh trang báo cáo nhiệm kỳ. Các trang năm không bị thay đổi.',
    termRun: 'Lập báo cáo nhiệm kỳ',
    fileUnreadable: (name: string) => `Không đọc được tệp ${name} từ máy.`,
  },

  /** The web page (dist/web): a workbook file in, the report and its copies out, all in the browser. */
  web: {
    title: 'Báo cáo chỉ tiêu — trang web',
    subtitle:
      'Chọn sổ Excel có bảng chỉ tiêu: chitieu tính tỷ lệ, kiểm tra số liệu, viết nhận xét và cho tải về bản sao của sổ có trang báo cáo cùng phụ lục Word.',
    privacy: 'Tệp của bạn được xử lý ngay trên máy này, không gửi đi đâu.',
    choose: 'Chọn sổ Excel',
    drop: 'hoặc kéo thả tệp vào đây (.xlsx, .xlsm, .xls, .ods)',
    dropHere: 'Thả tệp vào đây',
    file: (name: string) => `Tệp: ${name}`,
    done: (name: string) => `Đã lập báo cáo từ sổ "${name}".`,
    downloads: 'Tải về',
    downloadXlsx: 'Tải báo cáo Excel (.xlsx)',
    downloadDocx: 'Tải báo cáo Word (.docx)',
    downloadBaoCao: 'Tải dự thảo báo cáo (.docx)',
    downloadHint: 'Bản sao của sổ có thêm trang "Báo cáo chỉ tiêu"; tệp gốc không bị thay đổi.',
    /** The steps the page's worker reports, in order. */
    steps: {
      read: 'Đang đọc sổ…',
      compute: 'Đang tính tỷ lệ và đánh giá các chỉ tiêu…',
      write: 'Đang ghi bản sao có trang báo cáo…',
      docx: 'Đang ghi phụ lục Word…',
      baoCao: 'Đang soạn dự thảo báo cáo Word…',
    },
    step: (n: number, total: number, message: string) => `Bước ${n}/${total}: ${message}`,
    indicatorsDescription:
      'Chỉnh chiều đánh giá nếu chitieu đoán sai (ví dụ số hộ nghèo: giảm là tốt). Lựa chọn được lưu theo tên chỉ tiêu trên trình duyệt của máy này, dùng cho mọi sổ có chỉ tiêu cùng tên.',
    settingsDescription: 'Thiết lập được lưu trên trình duyệt của máy này và dùng cho mọi sổ bạn mở ở đây.',
    savedHere: 'Đã lưu thiết lập trên máy này.',
    notice: 'Lưu ý',
    /** The summary sheet's tables shown on the page (`ResultsTable`). */
    table: {
      title: 'Bảng kết quả',
      rowsLeft: (n: number) => `Còn ${n.toLocaleString('vi-VN')} dòng nữa: xem đầy đủ trong tệp Excel tải về.`,
    },
    /** The browser refused the page's worker (the served page opened from disk, a blocking policy). */
    workerBlocked:
      'Trình duyệt không cho trang này chạy phần đọc sổ. Nếu bạn mở trang từ thư mục trên máy, hãy mở tệp chitieu.html (trang chitieu trong một tệp) bằng Chrome, Edge hoặc Firefox.',
  },

  errors: {
    title: 'Không thực hiện được',
    /**
     * Anything unexpected, as one sentence: never the host's English text; a JavaScript error class
     * in words (it names nothing an officer or a helpdesk can look up), a host's code as it is.
     */
    unexpected: (code: string) =>
      SCRIPT_ERRORS[code]
        ? `Đã xảy ra lỗi không mong đợi (${SCRIPT_ERRORS[code]}), hãy thử lại và nếu vẫn lỗi thì gửi thông báo này cho người hỗ trợ.`
        : `Đã xảy ra lỗi không mong đợi (mã lỗi ${code}), hãy thử lại và nếu vẫn lỗi thì gửi mã lỗi này cho người hỗ trợ.`,
    dismiss: 'Đóng thông báo',
  },

  replace: {
    title: 'Thay thế trang báo cáo?',
    question: (sheet: string) => `Trang “${sheet}” đã được sửa sau lần tạo trước. Thay thế bằng báo cáo mới?`,
    replace: 'Thay thế',
    keep: 'Giữ lại',
  },

  dialog: {
    title: 'chitieu',
    /** Added by the ribbon command (no UI to ask) when it left an edited report sheet in place. */
    replaceHint:
      'Nút trên thanh công cụ không thay thế trang đã sửa. Hãy mở ngăn chitieu và bấm "Sinh báo cáo" để chọn thay thế, hoặc xóa trang đó rồi sinh lại.',
    failed: 'Không sinh được báo cáo',
    doneWithWarnings: 'Đã sinh báo cáo, có lưu ý',
    close: 'Đóng',
  },
};

export type Strings = typeof vi;
