/**
 * The indicators wards and communes report, as data: each row is one indicator with its name
 * variants (the first is its canonical name), value kind, usual unit, direction (`+` higher is
 * better, `-` lower is better) and measure (`flow`: a figure of the period, summed over years;
 * `stock`: a level reached at a date — a count of households, of standard schools — never summed).
 * Rates are levels whatever their measure says.
 *
 * Names are matched by their meaning-bearing words, diacritic- and case-insensitively (see
 * `./index.ts`): write each variant as reports write it, with its diacritics.
 */
import type { ValueKind } from '../indicator';

/** `+`: higher is better; `-`: lower is better. */
export type Sign = '+' | '-';

/** A flow is summed over periods; a stock is a level at a date. */
export type Measure = 'flow' | 'stock';

/** [names separated by `|`, value kind, usual unit, direction, measure]. */
export type DictionaryRow = readonly [names: string, kind: ValueKind, unit: string, direction: Sign, measure: Measure];

/**
 * Commune statistical indicators of the national system: the commune list of Quyết định
 * 54/2016/QĐ-TTg (Hệ thống chỉ tiêu thống kê cấp xã), land and population.
 */
// prettier-ignore
const LAND_AND_POPULATION: DictionaryRow[] = [
  ['Diện tích đất tự nhiên|Tổng diện tích đất tự nhiên|Tổng diện tích đất', 'count', 'ha', '+', 'stock'],
  ['Diện tích đất nông nghiệp', 'count', 'ha', '+', 'stock'],
  ['Diện tích đất phi nông nghiệp', 'count', 'ha', '+', 'stock'],
  ['Diện tích đất chưa sử dụng', 'count', 'ha', '-', 'stock'],
  ['Diện tích đất ở', 'count', 'ha', '+', 'stock'],
  ['Dân số trung bình|Dân số|Tổng dân số|Quy mô dân số', 'count', 'người', '+', 'stock'],
  ['Số hộ dân cư|Tổng số hộ|Số hộ gia đình', 'count', 'hộ', '+', 'stock'],
  ['Số trẻ em sinh ra|Số trẻ sinh ra|Số trẻ em mới sinh', 'count', 'trẻ', '+', 'flow'],
  ['Số người chết|Số người tử vong', 'count', 'người', '-', 'flow'],
  ['Tỷ suất sinh thô', 'rate', '‰', '-', 'stock'],
  ['Tỷ suất chết thô', 'rate', '‰', '-', 'stock'],
  ['Tỷ lệ tăng dân số tự nhiên|Tốc độ tăng dân số tự nhiên|Tỷ lệ phát triển dân số tự nhiên|Tăng dân số tự nhiên|Tỷ lệ tăng dân số|Tốc độ tăng dân số', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ sinh con thứ 3 trở lên|Tỷ lệ sinh con thứ ba trở lên|Tỷ lệ người sinh con thứ 3 trở lên|Tỷ lệ sinh con thứ 3', 'rate', '%', '-', 'stock'],
  ['Số người sinh con thứ 3 trở lên|Số trường hợp sinh con thứ 3 trở lên|Sinh con thứ 3 trở lên|Sinh con thứ ba trở lên|Số người sinh con thứ 3|Sinh con thứ 3', 'count', 'người', '-', 'flow'],
  ['Tỷ số giới tính khi sinh|Tỷ số giới tính của trẻ em mới sinh', 'count', 'bé trai/100 bé gái', '-', 'stock'],
  ['Tỷ lệ cặp vợ chồng sử dụng biện pháp tránh thai|Tỷ lệ sử dụng biện pháp tránh thai hiện đại|Tỷ lệ sử dụng biện pháp tránh thai', 'rate', '%', '+', 'stock'],
  ['Số người nhập cư|Số người chuyển đến', 'count', 'người', '+', 'flow'],
  ['Số người xuất cư|Số người chuyển đi', 'count', 'người', '-', 'flow'],
  ['Số cuộc kết hôn|Số cặp kết hôn|Số cặp đăng ký kết hôn', 'count', 'cặp', '+', 'flow'],
  ['Số vụ ly hôn', 'count', 'vụ', '-', 'flow'],
  ['Tỷ lệ đăng ký khai sinh đúng hạn|Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh|Tỷ lệ đăng ký khai sinh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ đăng ký khai tử|Tỷ lệ đăng ký khai tử đúng hạn', 'rate', '%', '+', 'stock'],
  ['Số lao động|Tổng số lao động|Lực lượng lao động', 'count', 'người', '+', 'stock'],
  ['Tỷ lệ người từ 15 tuổi trở lên biết chữ|Tỷ lệ biết chữ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử|Tỷ lệ người dân có hồ sơ sức khỏe điện tử|Tỷ lệ dân số có hồ sơ sức khỏe điện tử', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người dân được cấp căn cước công dân|Tỷ lệ cấp căn cước công dân|Tỷ lệ cấp căn cước', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người dân kích hoạt tài khoản định danh điện tử|Tỷ lệ kích hoạt định danh điện tử|Tỷ lệ cấp tài khoản định danh điện tử', 'rate', '%', '+', 'stock'],
];

/**
 * Economy: the commune list of Quyết định 54/2016/QĐ-TTg (establishments, farming, livestock) and
 * the socio-economic reports of wards and communes (growth, production, trade, jobs).
 */
// prettier-ignore
const ECONOMY: DictionaryRow[] = [
  ['Tổng giá trị sản xuất|Giá trị sản xuất|Tổng giá trị sản xuất trên địa bàn', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Tốc độ tăng trưởng kinh tế|Tốc độ tăng trưởng giá trị sản xuất|Tốc độ tăng trưởng|Tăng trưởng kinh tế', 'rate', '%', '+', 'stock'],
  ['Thu nhập bình quân đầu người|Thu nhập bình quân|Thu nhập bình quân đầu người/năm', 'amount', 'triệu đồng', '+', 'flow'],
  ['Giá trị sản xuất công nghiệp|Giá trị sản xuất công nghiệp tiểu thủ công nghiệp|Giá trị sản xuất công nghiệp - xây dựng|Giá trị sản xuất tiểu thủ công nghiệp', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Giá trị sản xuất thương mại dịch vụ|Giá trị thương mại dịch vụ|Doanh thu thương mại dịch vụ|Doanh thu dịch vụ', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Giá trị sản xuất nông nghiệp|Giá trị sản xuất nông lâm thủy sản|Giá trị sản xuất nông nghiệp thủy sản', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt|Giá trị sản xuất trên 1 ha đất canh tác|Giá trị thu được trên 1 ha', 'amount', 'triệu đồng', '+', 'flow'],
  ['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ|Tổng mức bán lẻ hàng hóa|Tổng mức lưu chuyển hàng hóa bán lẻ', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Vốn đầu tư toàn xã hội|Tổng vốn đầu tư toàn xã hội|Vốn đầu tư phát triển toàn xã hội', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Số cơ sở sản xuất kinh doanh cá thể|Số cơ sở kinh tế cá thể|Số cơ sở sản xuất kinh doanh', 'count', 'cơ sở', '+', 'stock'],
  ['Số lao động trong các cơ sở kinh tế|Số lao động trong các cơ sở sản xuất kinh doanh', 'count', 'người', '+', 'stock'],
  ['Số doanh nghiệp thành lập mới|Doanh nghiệp thành lập mới|Số doanh nghiệp đăng ký thành lập mới|Phát triển doanh nghiệp mới', 'count', 'doanh nghiệp', '+', 'flow'],
  ['Số doanh nghiệp đang hoạt động|Số doanh nghiệp|Tổng số doanh nghiệp', 'count', 'doanh nghiệp', '+', 'stock'],
  ['Số hộ kinh doanh cá thể|Số hộ kinh doanh|Hộ kinh doanh đăng ký mới|Số hộ kinh doanh đăng ký mới', 'count', 'hộ', '+', 'flow'],
  ['Số hợp tác xã|Số hợp tác xã đang hoạt động|Hợp tác xã thành lập mới', 'count', 'hợp tác xã', '+', 'stock'],
  ['Số trang trại|Số trang trại đạt tiêu chí', 'count', 'trang trại', '+', 'stock'],
  ['Số tổ hợp tác', 'count', 'tổ', '+', 'stock'],
  ['Số làng nghề|Số làng nghề được công nhận', 'count', 'làng', '+', 'stock'],
  ['Số sản phẩm OCOP|Sản phẩm OCOP được công nhận|Sản phẩm đạt chuẩn OCOP|Số sản phẩm đạt OCOP 3 sao trở lên', 'count', 'sản phẩm', '+', 'flow'],
  ['Diện tích gieo trồng cây hàng năm|Tổng diện tích gieo trồng|Diện tích gieo trồng', 'count', 'ha', '+', 'flow'],
  ['Diện tích gieo trồng lúa|Diện tích lúa|Diện tích cấy lúa', 'count', 'ha', '+', 'flow'],
  ['Năng suất lúa|Năng suất lúa bình quân|Năng suất lúa cả năm', 'count', 'tạ/ha', '+', 'flow'],
  ['Sản lượng lương thực có hạt|Sản lượng lương thực|Tổng sản lượng lương thực|Sản lượng lúa', 'count', 'tấn', '+', 'flow'],
  ['Diện tích cây lâu năm|Diện tích cây ăn quả', 'count', 'ha', '+', 'stock'],
  ['Diện tích rau màu|Diện tích rau các loại|Diện tích cây rau màu', 'count', 'ha', '+', 'flow'],
  ['Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao|Diện tích ứng dụng công nghệ cao', 'count', 'ha', '+', 'stock'],
  ['Diện tích chuyển đổi cơ cấu cây trồng|Diện tích chuyển đổi đất trồng lúa', 'count', 'ha', '+', 'flow'],
  ['Diện tích dồn điền đổi thửa', 'count', 'ha', '+', 'flow'],
  ['Số lượng đàn trâu|Tổng đàn trâu|Đàn trâu', 'count', 'con', '+', 'stock'],
  ['Số lượng đàn bò|Tổng đàn bò|Đàn bò', 'count', 'con', '+', 'stock'],
  ['Số lượng đàn lợn|Tổng đàn lợn|Đàn lợn|Tổng đàn heo', 'count', 'con', '+', 'stock'],
  ['Số lượng gia cầm|Tổng đàn gia cầm|Đàn gia cầm', 'count', 'con', '+', 'stock'],
  ['Sản lượng thịt hơi xuất chuồng|Sản lượng thịt hơi|Tổng sản lượng thịt hơi', 'count', 'tấn', '+', 'flow'],
  ['Tỷ lệ tiêm phòng cho gia súc gia cầm|Tỷ lệ tiêm phòng gia súc gia cầm|Tỷ lệ tiêm phòng vắc xin cho đàn gia súc', 'rate', '%', '+', 'stock'],
  ['Số ổ dịch bệnh gia súc gia cầm|Số ổ dịch gia súc gia cầm|Số ổ dịch tả lợn châu Phi', 'count', 'ổ dịch', '-', 'flow'],
  ['Diện tích nuôi trồng thủy sản', 'count', 'ha', '+', 'stock'],
  ['Sản lượng thủy sản|Sản lượng nuôi trồng thủy sản|Sản lượng khai thác thủy sản|Tổng sản lượng thủy sản', 'count', 'tấn', '+', 'flow'],
  ['Diện tích rừng trồng mới tập trung|Diện tích rừng trồng mới|Trồng rừng mới', 'count', 'ha', '+', 'flow'],
  ['Tỷ lệ che phủ rừng|Độ che phủ rừng', 'rate', '%', '+', 'stock'],
  ['Số cây xanh trồng mới|Số cây xanh được trồng mới|Trồng cây xanh', 'count', 'cây', '+', 'flow'],
  ['Diện tích rừng bị cháy|Diện tích rừng bị chặt phá|Diện tích rừng bị thiệt hại', 'count', 'ha', '-', 'flow'],
  ['Tiêu chí nông thôn mới đạt được|Số tiêu chí nông thôn mới đạt chuẩn|Số tiêu chí nông thôn mới|Tiêu chí nông thôn mới', 'count', 'tiêu chí', '+', 'stock'],
  ['Xã đạt chuẩn nông thôn mới|Đạt chuẩn nông thôn mới|Xã nông thôn mới nâng cao|Đạt chuẩn nông thôn mới nâng cao|Xã nông thôn mới kiểu mẫu', 'boolean', '', '+', 'stock'],
  ['Số thôn đạt chuẩn nông thôn mới kiểu mẫu|Thôn nông thôn mới kiểu mẫu|Khu dân cư nông thôn mới kiểu mẫu', 'count', 'thôn', '+', 'stock'],
  ['Số khách du lịch|Lượt khách du lịch|Tổng lượt khách du lịch|Lượt khách tham quan', 'count', 'lượt', '+', 'flow'],
  ['Doanh thu du lịch|Tổng thu từ du lịch|Doanh thu từ hoạt động du lịch', 'amount', 'tỷ đồng', '+', 'flow'],
  ['Tỷ trọng thương mại dịch vụ|Tỷ trọng ngành thương mại dịch vụ|Tỷ trọng dịch vụ', 'rate', '%', '+', 'stock'],
  ['Tỷ trọng công nghiệp xây dựng|Tỷ trọng công nghiệp tiểu thủ công nghiệp xây dựng', 'rate', '%', '+', 'stock'],
  ['Tỷ trọng nông nghiệp|Tỷ trọng nông lâm thủy sản|Tỷ trọng ngành nông nghiệp', 'rate', '%', '-', 'stock'],
  ['Số chợ đạt chuẩn văn minh thương mại|Chợ đạt chuẩn văn minh thương mại|Chợ văn minh thương mại', 'count', 'chợ', '+', 'stock'],
  ['Số tuyến phố văn minh đô thị|Tuyến phố văn minh đô thị|Tuyến phố văn minh|Số tuyến phố văn minh', 'count', 'tuyến', '+', 'stock'],
  ['Số km đường giao thông được cứng hóa|Tỷ lệ đường giao thông được cứng hóa|Cứng hóa đường giao thông nông thôn|Đường giao thông nông thôn được cứng hóa', 'count', 'km', '+', 'stock'],
  ['Số km kênh mương được kiên cố hóa|Kiên cố hóa kênh mương|Kênh mương được kiên cố hóa', 'count', 'km', '+', 'stock'],
  ['Số công trình xây dựng được cấp phép|Số giấy phép xây dựng được cấp|Cấp giấy phép xây dựng', 'count', 'giấy phép', '+', 'flow'],
  ['Tỷ lệ công trình xây dựng có giấy phép|Tỷ lệ công trình xây dựng đúng giấy phép', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ cấp giấy chứng nhận quyền sử dụng đất|Cấp giấy chứng nhận quyền sử dụng đất|Số giấy chứng nhận quyền sử dụng đất được cấp|Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'count', 'giấy', '+', 'flow'],
  ['Hồ sơ cấp giấy chứng nhận quyền sử dụng đất|Số hồ sơ cấp giấy chứng nhận', 'count', 'hồ sơ', '+', 'flow'],
  ['Diện tích giải phóng mặt bằng|Giải phóng mặt bằng|Bàn giao mặt bằng|Diện tích đất thu hồi giải phóng mặt bằng', 'count', 'ha', '+', 'flow'],
  ['Số dự án hoàn thành giải phóng mặt bằng|Dự án hoàn thành giải phóng mặt bằng', 'count', 'dự án', '+', 'flow'],
  ['Số người được giải quyết việc làm|Số lao động được giải quyết việc làm|Giải quyết việc làm|Tạo việc làm mới|Số lao động có việc làm mới|Giải quyết việc làm mới|Số người được tạo việc làm', 'count', 'người', '+', 'flow'],
  ['Số lao động được đào tạo nghề|Đào tạo nghề|Số người được đào tạo nghề|Dạy nghề', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ lao động qua đào tạo|Tỷ lệ lao động đã qua đào tạo|Tỷ lệ lao động qua đào tạo nghề|Tỷ lệ lao động được đào tạo', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ|Tỷ lệ lao động qua đào tạo có văn bằng chứng chỉ', 'rate', '%', '+', 'stock'],
  ['Số lao động đi làm việc ở nước ngoài|Xuất khẩu lao động|Số người đi xuất khẩu lao động|Đưa người lao động đi làm việc ở nước ngoài', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ thất nghiệp|Tỷ lệ thất nghiệp khu vực thành thị|Tỷ lệ lao động thất nghiệp', 'rate', '%', '-', 'stock'],
  ['Số người thất nghiệp|Số lao động thất nghiệp|Lao động thất nghiệp', 'count', 'người', '-', 'stock'],
  ['Tỷ lệ lao động có việc làm|Tỷ lệ lao động có việc làm thường xuyên', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ lao động nông nghiệp|Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội|Tỷ trọng lao động nông nghiệp', 'rate', '%', '-', 'stock'],
  ['Dư nợ cho vay hộ nghèo và đối tượng chính sách|Dư nợ cho vay ưu đãi|Dư nợ cho vay Ngân hàng chính sách xã hội|Dư nợ Ngân hàng chính sách|Dư nợ tín dụng chính sách|Dư nợ tín dụng|Tổng dư nợ tín dụng chính sách', 'amount', 'triệu đồng', '+', 'stock'],
  ['Tỷ lệ nợ quá hạn|Nợ quá hạn', 'rate', '%', '-', 'stock'],
];

/**
 * Budget: the Luật Ngân sách nhà nước 2015 headings of a commune budget (thu, chi, dự toán, bội chi,
 * dư nợ) as ward and commune reports and the province's plans list them, and public investment.
 */
// prettier-ignore
const BUDGET: DictionaryRow[] = [
  ['Thu ngân sách nhà nước trên địa bàn|Thu ngân sách|Thu ngân sách nhà nước|Tổng thu ngân sách nhà nước|Tổng thu ngân sách|Thu ngân sách trên địa bàn|Thu NSNN|Thu NSNN trên địa bàn|Tổng thu NSNN', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu ngân sách phường|Thu ngân sách xã|Thu ngân sách địa phương|Tổng thu ngân sách xã|Tổng thu ngân sách phường|Thu ngân sách cấp xã|Tổng thu ngân sách địa phương|Thu cân đối ngân sách', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu nội địa|Thu ngân sách nội địa|Tổng thu nội địa', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu thuế ngoài quốc doanh|Thu ngoài quốc doanh|Thu từ khu vực ngoài quốc doanh|Thuế công thương nghiệp ngoài quốc doanh|Thu thuế công thương nghiệp ngoài quốc doanh', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu tiền sử dụng đất|Thu từ tiền sử dụng đất|Tiền sử dụng đất', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu tiền thuê đất|Tiền thuê đất', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu phí lệ phí|Thu phí và lệ phí|Phí lệ phí|Lệ phí trước bạ|Thu lệ phí trước bạ', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thuế thu nhập cá nhân|Thu thuế thu nhập cá nhân', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thuế sử dụng đất phi nông nghiệp|Thu thuế sử dụng đất phi nông nghiệp|Thuế nhà đất', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thuế sử dụng đất nông nghiệp|Thu thuế sử dụng đất nông nghiệp', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu khác ngân sách|Thu khác|Các khoản thu khác', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu từ quỹ đất công ích|Thu từ hoa lợi công sản|Thu hoa lợi công sản', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu bổ sung từ ngân sách cấp trên|Thu bổ sung cân đối|Thu bổ sung có mục tiêu|Ngân sách cấp trên bổ sung', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu kết dư ngân sách|Kết dư ngân sách|Thu kết dư', 'amount', 'triệu đồng', '+', 'flow'],
  ['Thu chuyển nguồn|Thu chuyển nguồn ngân sách', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi ngân sách|Tổng chi ngân sách|Chi ngân sách phường|Chi ngân sách xã|Chi ngân sách địa phương|Tổng chi ngân sách địa phương|Tổng chi ngân sách xã|Chi ngân sách nhà nước|Chi NSNN', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi đầu tư phát triển|Chi đầu tư xây dựng cơ bản|Chi đầu tư', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi thường xuyên|Chi thường xuyên ngân sách', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi dự phòng|Dự phòng ngân sách|Chi dự phòng ngân sách', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi sự nghiệp giáo dục|Chi giáo dục đào tạo|Chi sự nghiệp giáo dục đào tạo', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi sự nghiệp y tế|Chi y tế', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi đảm bảo xã hội|Chi an sinh xã hội|Chi sự nghiệp đảm bảo xã hội', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi quản lý hành chính|Chi quản lý nhà nước|Chi quản lý hành chính đảng đoàn thể', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi quốc phòng an ninh|Chi an ninh quốc phòng|Chi quốc phòng|Chi an ninh', 'amount', 'triệu đồng', '+', 'flow'],
  ['Chi chuyển nguồn|Chi chuyển nguồn sang năm sau', 'amount', 'triệu đồng', '+', 'flow'],
  ['Dự toán thu ngân sách|Dự toán thu|Dự toán thu ngân sách nhà nước|Dự toán thu NSNN', 'amount', 'triệu đồng', '+', 'flow'],
  ['Dự toán chi ngân sách|Dự toán chi|Dự toán chi ngân sách địa phương', 'amount', 'triệu đồng', '+', 'flow'],
  ['Bội chi ngân sách|Bội chi ngân sách địa phương|Bội chi NSĐP|Bội chi ngân sách nhà nước|Bội chi|Mức bội chi ngân sách', 'amount', 'triệu đồng', '-', 'flow'],
  ['Tỷ lệ bội chi ngân sách|Tỷ lệ bội chi ngân sách địa phương|Tỷ lệ bội chi', 'rate', '%', '-', 'stock'],
  ['Tổng dư nợ|Tổng dư nợ cuối năm|Dư nợ ngân sách địa phương|Dư nợ vay|Tổng dư nợ vay|Dư nợ chính quyền địa phương|Dư nợ cuối năm|Dư nợ', 'amount', 'triệu đồng', '-', 'stock'],
  ['Tỷ lệ dư nợ|Tỷ lệ dư nợ so với mức dư nợ vay tối đa|Tỷ lệ dư nợ so với thu ngân sách', 'rate', '%', '-', 'stock'],
  ['Vay của ngân sách địa phương|Tổng mức vay của ngân sách địa phương|Vay để bù đắp bội chi', 'amount', 'triệu đồng', '-', 'flow'],
  ['Nợ đọng thuế|Nợ thuế|Số nợ thuế|Tiền nợ thuế|Nợ đọng thuế khó thu|Tổng số nợ thuế', 'amount', 'triệu đồng', '-', 'stock'],
  ['Tỷ lệ nợ đọng thuế|Tỷ lệ nợ thuế|Tỷ lệ nợ thuế so với tổng thu', 'rate', '%', '-', 'stock'],
  ['Nợ đọng xây dựng cơ bản|Nợ xây dựng cơ bản|Nợ đọng XDCB', 'amount', 'triệu đồng', '-', 'stock'],
  ['Thu hồi nợ đọng thuế|Thu nợ đọng thuế|Thu hồi nợ thuế|Thu nợ thuế', 'amount', 'triệu đồng', '+', 'flow'],
  ['Giải ngân vốn đầu tư công|Giá trị giải ngân vốn đầu tư công|Giải ngân vốn đầu tư', 'amount', 'triệu đồng', '+', 'flow'],
  ['Tỷ lệ giải ngân vốn đầu tư công|Tỷ lệ giải ngân|Tỷ lệ giải ngân vốn đầu tư', 'rate', '%', '+', 'stock'],
  ['Vốn đầu tư công|Tổng vốn đầu tư công|Kế hoạch vốn đầu tư công', 'amount', 'triệu đồng', '+', 'flow'],
  ['Số công trình dự án hoàn thành|Số công trình hoàn thành|Công trình hoàn thành đưa vào sử dụng|Số dự án hoàn thành', 'count', 'công trình', '+', 'flow'],
  ['Số công trình chậm tiến độ|Dự án chậm tiến độ|Công trình chậm tiến độ|Số dự án chậm tiến độ', 'count', 'công trình', '-', 'stock'],
  ['Tỷ lệ thu ngân sách so với dự toán|Tỷ lệ thực hiện dự toán thu|Tỷ lệ hoàn thành dự toán thu ngân sách', 'rate', '%', '+', 'stock'],
  ['Huy động nguồn lực xã hội hóa|Huy động xã hội hóa|Vốn huy động xã hội hóa|Kinh phí xã hội hóa', 'amount', 'triệu đồng', '+', 'flow'],
  ['Quỹ đền ơn đáp nghĩa|Vận động Quỹ đền ơn đáp nghĩa|Ủng hộ Quỹ đền ơn đáp nghĩa', 'amount', 'triệu đồng', '+', 'flow'],
  ['Quỹ vì người nghèo|Vận động Quỹ vì người nghèo|Ủng hộ Quỹ vì người nghèo|Quỹ Ngày vì người nghèo', 'amount', 'triệu đồng', '+', 'flow'],
  ['Quỹ phòng chống thiên tai|Thu Quỹ phòng chống thiên tai|Quỹ phòng chống thiên tai đóng góp', 'amount', 'triệu đồng', '+', 'flow'],
];

/**
 * Security and public order: the Công an cấp xã and Ban Chỉ đạo 138 report headings (phạm pháp hình
 * sự, tai nạn giao thông, cháy nổ, ma túy, điều tra khám phá), and the citizen-reception headings of
 * Luật Khiếu nại 2011 and Luật Tố cáo 2018 (đơn thư, tố cáo), Luật Hòa giải ở cơ sở 2013.
 */
// prettier-ignore
const SECURITY: DictionaryRow[] = [
  ['Số vụ phạm pháp hình sự|Phạm pháp hình sự|Vụ phạm pháp hình sự|Số vụ phạm tội hình sự|Tội phạm hình sự|Số vụ án hình sự|Tình hình phạm pháp hình sự', 'count', 'vụ', '-', 'flow'],
  ['Tỷ lệ điều tra khám phá án hình sự|Tỷ lệ điều tra khám phá|Tỷ lệ khám phá án|Điều tra khám phá các vụ phạm pháp hình sự|Tỷ lệ điều tra làm rõ|Tỷ lệ điều tra khám phá các vụ phạm pháp hình sự', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ điều tra khám phá án rất nghiêm trọng đặc biệt nghiêm trọng|Tỷ lệ khám phá án nghiêm trọng', 'rate', '%', '+', 'stock'],
  ['Số vụ trộm cắp tài sản|Trộm cắp tài sản|Số vụ trộm cắp', 'count', 'vụ', '-', 'flow'],
  ['Số vụ cướp giật tài sản|Cướp giật tài sản|Số vụ cướp giật', 'count', 'vụ', '-', 'flow'],
  ['Số vụ cố ý gây thương tích|Cố ý gây thương tích', 'count', 'vụ', '-', 'flow'],
  ['Số vụ án kinh tế|Vi phạm pháp luật về kinh tế|Số vụ vi phạm kinh tế', 'count', 'vụ', '-', 'flow'],
  ['Số vụ buôn lậu gian lận thương mại được phát hiện xử lý|Phát hiện xử lý buôn lậu gian lận thương mại|Xử lý vi phạm buôn lậu gian lận thương mại hàng giả', 'count', 'vụ', '+', 'flow'],
  ['Số vụ tai nạn giao thông|Tai nạn giao thông|Số vụ TNGT|Tai nạn giao thông đường bộ|Số vụ tai nạn giao thông đường bộ|Tai nạn giao thông giảm trên cả 3 tiêu chí', 'count', 'vụ', '-', 'flow'],
  ['Số người chết do tai nạn giao thông|Số người chết vì tai nạn giao thông|Số người tử vong do tai nạn giao thông|Người chết do tai nạn giao thông', 'count', 'người', '-', 'flow'],
  ['Số người bị thương do tai nạn giao thông|Số người bị thương vì tai nạn giao thông|Người bị thương do tai nạn giao thông', 'count', 'người', '-', 'flow'],
  ['Số vụ va chạm giao thông|Va chạm giao thông', 'count', 'vụ', '-', 'flow'],
  ['Số vụ vi phạm trật tự an toàn giao thông được xử lý|Xử lý vi phạm trật tự an toàn giao thông|Số trường hợp vi phạm giao thông được xử lý', 'count', 'trường hợp', '+', 'flow'],
  ['Số vụ cháy nổ|Cháy nổ|Số vụ cháy|Vụ cháy nổ|Số vụ cháy, nổ|Cháy, nổ|Số vụ hỏa hoạn', 'count', 'vụ', '-', 'flow'],
  ['Thiệt hại do cháy nổ|Giá trị thiệt hại do cháy nổ|Thiệt hại về tài sản do cháy nổ', 'amount', 'triệu đồng', '-', 'flow'],
  ['Số người chết do cháy nổ|Số người chết vì cháy nổ|Người chết do cháy', 'count', 'người', '-', 'flow'],
  ['Số cơ sở được kiểm tra phòng cháy chữa cháy|Kiểm tra an toàn phòng cháy chữa cháy|Số cơ sở kiểm tra phòng cháy chữa cháy', 'count', 'cơ sở', '+', 'flow'],
  ['Tỷ lệ hộ gia đình có bình chữa cháy|Tỷ lệ hộ có phương tiện chữa cháy|Hộ gia đình trang bị bình chữa cháy', 'rate', '%', '+', 'stock'],
  ['Số đối tượng nghiện ma túy|Số người nghiện ma túy|Người nghiện ma túy|Đối tượng nghiện ma túy|Số người sử dụng trái phép chất ma túy|Số người nghiện ma túy có hồ sơ quản lý', 'count', 'người', '-', 'stock'],
  ['Số vụ phạm tội về ma túy|Tội phạm ma túy|Vi phạm pháp luật về ma túy|Số vụ vi phạm về ma túy|Tội phạm về ma túy', 'count', 'vụ', '-', 'flow'],
  ['Số vụ ma túy được phát hiện bắt giữ|Phát hiện bắt giữ tội phạm ma túy|Bắt giữ vụ ma túy|Triệt phá tụ điểm ma túy|Số vụ bắt giữ ma túy', 'count', 'vụ', '+', 'flow'],
  ['Số tụ điểm ma túy|Tụ điểm ma túy|Điểm phức tạp về ma túy|Tụ điểm phức tạp về ma túy', 'count', 'tụ điểm', '-', 'stock'],
  ['Số người nghiện được cai nghiện|Tỷ lệ người nghiện được cai nghiện|Đưa người nghiện đi cai nghiện|Cai nghiện ma túy|Số người được cai nghiện', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ phường xã không có ma túy|Phường không có ma túy|Xã không có ma túy|Tỷ lệ tổ dân phố không có ma túy|Tổ dân phố không có ma túy', 'rate', '%', '+', 'stock'],
  ['Số tệ nạn xã hội|Tệ nạn xã hội|Số vụ tệ nạn xã hội|Số vụ đánh bạc|Số vụ mại dâm', 'count', 'vụ', '-', 'flow'],
  ['Tỷ lệ khu dân cư an toàn về an ninh trật tự|Khu dân cư an toàn về an ninh trật tự|Tổ dân phố an toàn về an ninh trật tự|Tỷ lệ tổ dân phố đạt an toàn về an ninh trật tự|Khu dân cư an toàn về an ninh trật tự', 'rate', '%', '+', 'stock'],
  ['Phường đạt tiêu chuẩn an toàn về an ninh trật tự|Xã đạt tiêu chuẩn an toàn về an ninh trật tự|Đạt tiêu chuẩn an toàn về an ninh trật tự', 'boolean', '', '+', 'stock'],
  ['Số đơn thư khiếu nại tố cáo|Đơn thư khiếu nại tố cáo|Số đơn thư|Đơn thư khiếu nại tố cáo kiến nghị phản ánh|Số đơn thư tiếp nhận|Tiếp nhận đơn thư', 'count', 'đơn', '-', 'flow'],
  ['Tỷ lệ giải quyết đơn thư|Tỷ lệ giải quyết đơn thư khiếu nại tố cáo|Giải quyết đơn thư khiếu nại tố cáo|Tỷ lệ giải quyết khiếu nại tố cáo|Tỷ lệ đơn thư được giải quyết|Giải quyết đơn thư|Số đơn thư đã giải quyết', 'rate', '%', '+', 'stock'],
  ['Đơn thư tồn đọng|Số đơn thư tồn đọng|Đơn thư tồn đọng kéo dài|Đơn thư khiếu nại tố cáo tồn đọng|Số đơn tồn đọng|Đơn tồn đọng|Vụ việc tồn đọng|Tồn đọng', 'count', 'đơn', '-', 'stock'],
  ['Số vụ khiếu nại|Khiếu nại|Số đơn khiếu nại|Đơn khiếu nại', 'count', 'vụ', '-', 'flow'],
  ['Số vụ tố cáo|Tố cáo|Số đơn tố cáo|Đơn tố cáo', 'count', 'vụ', '-', 'flow'],
  ['Số vụ khiếu kiện đông người|Khiếu kiện đông người|Khiếu kiện vượt cấp|Số đoàn khiếu kiện đông người|Khiếu nại vượt cấp', 'count', 'vụ', '-', 'flow'],
  ['Số vụ việc hòa giải thành|Tỷ lệ hòa giải thành|Hòa giải thành|Tỷ lệ hòa giải thành công|Số vụ hòa giải thành công', 'rate', '%', '+', 'stock'],
  ['Số vụ vi phạm trật tự xây dựng|Vi phạm trật tự xây dựng|Công trình vi phạm trật tự xây dựng|Số công trình vi phạm trật tự xây dựng|Vi phạm trật tự đô thị|Số trường hợp vi phạm trật tự xây dựng', 'count', 'vụ', '-', 'flow'],
  ['Tỷ lệ xử lý vi phạm trật tự xây dựng|Xử lý vi phạm trật tự xây dựng|Số vụ vi phạm trật tự xây dựng được xử lý', 'rate', '%', '+', 'stock'],
  ['Số vụ lấn chiếm đất công|Lấn chiếm đất công|Vi phạm lấn chiếm đất đai|Lấn chiếm lòng đường vỉa hè', 'count', 'vụ', '-', 'flow'],
  ['Số vụ vi phạm về đất đai|Vi phạm pháp luật đất đai|Vi phạm đất đai', 'count', 'vụ', '-', 'flow'],
  ['Số vụ vi phạm hành chính|Vi phạm hành chính|Số trường hợp vi phạm hành chính', 'count', 'vụ', '-', 'flow'],
  ['Số tiền xử phạt vi phạm hành chính|Thu phạt vi phạm hành chính|Xử phạt vi phạm hành chính', 'amount', 'triệu đồng', '+', 'flow'],
  ['Số vụ bạo lực gia đình|Bạo lực gia đình|Bạo lực gia đình và xâm hại trẻ em', 'count', 'vụ', '-', 'flow'],
  ['Số vụ xâm hại trẻ em|Xâm hại trẻ em|Trẻ em bị xâm hại', 'count', 'vụ', '-', 'flow'],
  ['Số đối tượng được quản lý giáo dục tại địa phương|Đưa đối tượng vào diện quản lý giáo dục|Số đối tượng lập hồ sơ giáo dục tại xã phường', 'count', 'đối tượng', '+', 'flow'],
  ['Số người chấp hành xong án phạt tù được tái hòa nhập|Tái hòa nhập cộng đồng|Người chấp hành xong án phạt tù tái hòa nhập cộng đồng', 'count', 'người', '+', 'flow'],
  ['Số người tái phạm|Tái phạm tội|Tỷ lệ tái phạm', 'count', 'người', '-', 'flow'],
  ['Số vụ thiên tai|Thiệt hại do thiên tai|Số người chết do thiên tai|Thiệt hại do bão lũ', 'count', 'vụ', '-', 'flow'],
  ['Số vụ đuối nước|Đuối nước|Trẻ em bị đuối nước|Số trẻ em bị đuối nước', 'count', 'vụ', '-', 'flow'],
  ['Tỷ lệ thi hành án dân sự|Thi hành án dân sự xong về việc|Tỷ lệ thi hành xong án dân sự', 'rate', '%', '+', 'stock'],
  ['Tổ dân phố có tổ tự quản về an ninh trật tự|Mô hình tự quản về an ninh trật tự|Số mô hình tự quản an ninh trật tự', 'count', 'mô hình', '+', 'stock'],
];

/**
 * Military: Luật Nghĩa vụ quân sự 2015 (gọi công dân nhập ngũ, đăng ký tuổi 17), Luật Dân quân tự vệ
 * 2019 and Luật Quốc phòng 2018 (huấn luyện, diễn tập khu vực phòng thủ) as the Ban Chỉ huy quân sự
 * of a ward reports them.
 */
// prettier-ignore
const MILITARY: DictionaryRow[] = [
  ['Giao quân|Tuyển quân|Chỉ tiêu giao quân|Công tác tuyển quân|Số thanh niên nhập ngũ|Thanh niên nhập ngũ|Giao nhận quân|Gọi công dân nhập ngũ|Tuyển chọn gọi công dân nhập ngũ|Số công dân nhập ngũ', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ hoàn thành chỉ tiêu giao quân|Hoàn thành chỉ tiêu giao quân|Tỷ lệ hoàn thành tuyển quân|Hoàn thành 100% chỉ tiêu giao quân', 'rate', '%', '+', 'stock'],
  ['Số công dân thực hiện nghĩa vụ công an|Thực hiện nghĩa vụ tham gia Công an nhân dân|Giao quân nghĩa vụ công an|Nghĩa vụ công an', 'count', 'người', '+', 'flow'],
  ['Số thanh niên khám sức khỏe nghĩa vụ quân sự|Khám tuyển nghĩa vụ quân sự|Sơ tuyển sức khỏe nghĩa vụ quân sự|Khám sức khỏe nghĩa vụ quân sự', 'count', 'người', '+', 'flow'],
  ['Đăng ký nghĩa vụ quân sự|Đăng ký nghĩa vụ quân sự tuổi 17|Số nam công dân đăng ký nghĩa vụ quân sự lần đầu|Tỷ lệ thanh niên đăng ký nghĩa vụ quân sự', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ dân quân tự vệ so với dân số|Tỷ lệ dân quân so với dân số|Xây dựng lực lượng dân quân tự vệ|Tỷ lệ dân quân tự vệ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ đảng viên trong dân quân|Tỷ lệ đảng viên trong lực lượng dân quân|Tỷ lệ đảng viên dân quân tự vệ', 'rate', '%', '+', 'stock'],
  ['Huấn luyện dân quân tự vệ|Tỷ lệ dân quân tự vệ tham gia huấn luyện|Tỷ lệ quân số huấn luyện|Huấn luyện dân quân|Tỷ lệ dân quân được huấn luyện', 'rate', '%', '+', 'stock'],
  ['Kết quả huấn luyện dân quân|Kết quả kiểm tra huấn luyện|Xếp loại huấn luyện', 'rating', '', '+', 'stock'],
  ['Diễn tập khu vực phòng thủ|Diễn tập chiến đấu phòng thủ|Diễn tập phòng thủ|Diễn tập phòng chống thiên tai', 'boolean', '', '+', 'flow'],
  ['Bồi dưỡng kiến thức quốc phòng an ninh|Tỷ lệ bồi dưỡng kiến thức quốc phòng an ninh|Giáo dục quốc phòng an ninh|Bồi dưỡng kiến thức quốc phòng', 'count', 'người', '+', 'flow'],
  ['Quân nhân dự bị|Đăng ký quân nhân dự bị|Xây dựng lực lượng dự bị động viên|Sắp xếp quân nhân dự bị', 'count', 'người', '+', 'stock'],
  ['Tiếp nhận quân nhân xuất ngũ|Quân nhân xuất ngũ|Số quân nhân hoàn thành nghĩa vụ trở về', 'count', 'người', '+', 'flow'],
  ['Số thanh niên trốn tránh nghĩa vụ quân sự|Trốn tránh nghĩa vụ quân sự|Đào ngũ|Số quân nhân đào bỏ ngũ', 'count', 'người', '-', 'flow'],
  ['Đơn vị vững mạnh toàn diện|Ban chỉ huy quân sự vững mạnh toàn diện|Xây dựng đơn vị vững mạnh toàn diện|Ban CHQS vững mạnh toàn diện', 'boolean', '', '+', 'stock'],
];

/**
 * Party building: Điều lệ Đảng and Quy định 124-QĐ/TW 2023 (xếp loại chất lượng tổ chức đảng, đảng
 * viên), Hướng dẫn 12-HD/BTCTW (kết nạp đảng viên), Quy định 22-QĐ/TW (kiểm tra, giám sát), and the
 * front and mass organisations (Mặt trận, Đoàn, Hội) and government ratings of ward reports.
 */
// prettier-ignore
const PARTY: DictionaryRow[] = [
  ['Kết nạp đảng viên mới|Kết nạp đảng viên|Số đảng viên mới kết nạp|Số đảng viên được kết nạp|Phát triển đảng viên mới|Phát triển đảng viên|Đảng viên mới được kết nạp|Số đảng viên kết nạp mới', 'count', 'đảng viên', '+', 'flow'],
  ['Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên|Đảng viên hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ đảng viên xếp loại hoàn thành tốt nhiệm vụ|Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ|Đảng viên hoàn thành tốt nhiệm vụ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ đảng viên hoàn thành nhiệm vụ trở lên|Đảng viên hoàn thành nhiệm vụ|Tỷ lệ đảng viên hoàn thành nhiệm vụ|Đảng viên hoàn thành nhiệm vụ trở lên', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ|Đảng viên hoàn thành xuất sắc nhiệm vụ|Số đảng viên hoàn thành xuất sắc nhiệm vụ', 'rate', '%', '+', 'stock'],
  ['Số đảng viên không hoàn thành nhiệm vụ|Đảng viên không hoàn thành nhiệm vụ|Tỷ lệ đảng viên không hoàn thành nhiệm vụ', 'count', 'đảng viên', '-', 'flow'],
  ['Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên|Chi bộ hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ chi bộ đạt hoàn thành tốt nhiệm vụ|Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ chi bộ trong sạch vững mạnh|Chi bộ trong sạch vững mạnh|Tỷ lệ tổ chức cơ sở đảng trong sạch vững mạnh|Tổ chức cơ sở đảng trong sạch vững mạnh', 'rate', '%', '+', 'stock'],
  ['Số chi bộ không hoàn thành nhiệm vụ|Chi bộ không hoàn thành nhiệm vụ|Tổ chức đảng không hoàn thành nhiệm vụ|Chi bộ yếu kém|Tổ chức cơ sở đảng yếu kém', 'count', 'chi bộ', '-', 'flow'],
  ['Xếp loại tổ chức đảng|Xếp loại Đảng bộ|Đảng bộ phường|Xếp loại chất lượng Đảng bộ|Đánh giá xếp loại Đảng bộ|Xếp loại chất lượng tổ chức đảng|Đảng bộ xã|Đảng bộ đạt hoàn thành tốt nhiệm vụ|Đảng bộ trong sạch vững mạnh|Xếp loại tổ chức cơ sở đảng', 'rating', '', '+', 'stock'],
  ['Số đảng viên bị kỷ luật|Đảng viên bị kỷ luật|Kỷ luật đảng viên|Đảng viên vi phạm|Số đảng viên vi phạm', 'count', 'đảng viên', '-', 'flow'],
  ['Kiểm tra đảng viên có dấu hiệu vi phạm|Kiểm tra khi có dấu hiệu vi phạm|Số cuộc kiểm tra khi có dấu hiệu vi phạm', 'count', 'cuộc', '+', 'flow'],
  ['Số cuộc kiểm tra giám sát|Kiểm tra giám sát|Số cuộc kiểm tra|Số cuộc giám sát|Kiểm tra giám sát chuyên đề|Giám sát chuyên đề|Công tác kiểm tra giám sát', 'count', 'cuộc', '+', 'flow'],
  ['Số đảng viên được trao tặng huy hiệu Đảng|Trao tặng huy hiệu Đảng|Huy hiệu Đảng|Đảng viên được tặng huy hiệu', 'count', 'đảng viên', '+', 'flow'],
  ['Tỷ lệ đảng viên tham gia học tập nghị quyết|Học tập quán triệt nghị quyết|Tỷ lệ cán bộ đảng viên học tập nghị quyết|Học tập nghị quyết|Tỷ lệ đảng viên được học tập quán triệt nghị quyết', 'rate', '%', '+', 'stock'],
  ['Số quần chúng ưu tú được bồi dưỡng nhận thức về Đảng|Bồi dưỡng nhận thức về Đảng|Lớp cảm tình Đảng|Quần chúng ưu tú được học lớp nhận thức về Đảng|Cảm tình Đảng', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ đảng viên sinh hoạt tại nơi cư trú|Đảng viên sinh hoạt nơi cư trú', 'rate', '%', '+', 'stock'],
  ['Tổng số đảng viên|Số đảng viên|Đảng viên hiện có|Số đảng viên của Đảng bộ', 'count', 'đảng viên', '+', 'stock'],
  ['Tỷ lệ tổ dân phố có chi bộ|Tổ dân phố có chi bộ|Thôn có chi bộ|Tỷ lệ thôn có chi bộ|Tỷ lệ thôn tổ dân phố có tổ chức đảng', 'rate', '%', '+', 'stock'],
  ['Xếp loại Mặt trận Tổ quốc|Mặt trận Tổ quốc|Ủy ban Mặt trận Tổ quốc|Xếp loại các đoàn thể|Các đoàn thể chính trị xã hội|Mặt trận và các đoàn thể|Đoàn thể chính trị xã hội', 'rating', '', '+', 'stock'],
  ['Xếp loại chính quyền|Chính quyền|Ủy ban nhân dân|Xếp loại Ủy ban nhân dân|Chính quyền phường', 'rating', '', '+', 'stock'],
  ['Xếp loại cán bộ công chức|Cán bộ công chức hoàn thành tốt nhiệm vụ|Tỷ lệ cán bộ công chức hoàn thành tốt nhiệm vụ trở lên|Tỷ lệ cán bộ công chức hoàn thành nhiệm vụ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ tập hợp đoàn viên hội viên|Tỷ lệ tập hợp hội viên|Tỷ lệ tập hợp đoàn viên|Tập hợp hội viên|Phát triển hội viên|Phát triển hội viên mới|Kết nạp hội viên mới|Kết nạp đoàn viên mới|Kết nạp đoàn viên|Phát triển đoàn viên', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ hội viên phụ nữ|Tỷ lệ tập hợp phụ nữ|Hội viên phụ nữ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hội viên cựu chiến binh|Hội viên cựu chiến binh|Tập hợp cựu chiến binh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hội viên nông dân|Hội viên nông dân|Hộ sản xuất kinh doanh giỏi|Hộ nông dân sản xuất kinh doanh giỏi|Số hộ sản xuất kinh doanh giỏi', 'count', 'hộ', '+', 'flow'],
  ['Tỷ lệ đoàn viên thanh niên|Đoàn viên thanh niên|Tập hợp thanh niên|Tỷ lệ tập hợp thanh niên', 'rate', '%', '+', 'stock'],
  ['Số đoàn viên ưu tú giới thiệu cho Đảng|Giới thiệu đoàn viên ưu tú cho Đảng|Giới thiệu đoàn viên ưu tú|Giới thiệu hội viên ưu tú cho Đảng|Số đoàn viên ưu tú được giới thiệu', 'count', 'người', '+', 'flow'],
  ['Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn|Tỷ lệ hồ sơ giải quyết đúng hạn|Hồ sơ giải quyết đúng hạn|Giải quyết hồ sơ đúng hạn|Tỷ lệ hồ sơ đúng hạn|Hồ sơ đúng và trước hạn|Tỷ lệ hồ sơ giải quyết đúng và trước hạn', 'rate', '%', '+', 'stock'],
  ['Số hồ sơ trễ hạn|Hồ sơ trễ hạn|Tỷ lệ hồ sơ trễ hạn|Hồ sơ quá hạn|Số hồ sơ quá hạn|Tỷ lệ hồ sơ quá hạn', 'count', 'hồ sơ', '-', 'flow'],
  ['Số hồ sơ thủ tục hành chính tiếp nhận|Tiếp nhận hồ sơ thủ tục hành chính|Số hồ sơ tiếp nhận|Hồ sơ thủ tục hành chính|Giải quyết thủ tục hành chính', 'count', 'hồ sơ', '+', 'flow'],
  ['Tỷ lệ hồ sơ trực tuyến|Tỷ lệ hồ sơ nộp trực tuyến|Tỷ lệ thủ tục hành chính trực tuyến|Dịch vụ công trực tuyến|Tỷ lệ hồ sơ dịch vụ công trực tuyến|Tỷ lệ hồ sơ trực tuyến toàn trình|Tỷ lệ thanh toán trực tuyến', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ số hóa hồ sơ|Số hóa hồ sơ kết quả giải quyết thủ tục hành chính|Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính', 'rate', '%', '+', 'stock'],
  ['Chỉ số hài lòng của người dân|Mức độ hài lòng của người dân|Tỷ lệ hài lòng|Chỉ số hài lòng|Tỷ lệ người dân hài lòng', 'rate', '%', '+', 'stock'],
  ['Chỉ số cải cách hành chính|Chỉ số CCHC|Xếp hạng cải cách hành chính|Điểm cải cách hành chính', 'count', 'điểm', '+', 'stock'],
  ['Tỷ lệ cán bộ công chức đạt chuẩn|Cán bộ công chức đạt chuẩn|Tỷ lệ cán bộ công chức có trình độ đại học|Cán bộ công chức có trình độ chuyên môn đạt chuẩn', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ văn bản điện tử|Tỷ lệ văn bản đi được ký số|Văn bản điện tử|Tỷ lệ văn bản trao đổi dưới dạng điện tử', 'rate', '%', '+', 'stock'],
  ['Số văn bản quy phạm pháp luật trái pháp luật|Văn bản trái pháp luật|Văn bản sai sót', 'count', 'văn bản', '-', 'flow'],
  ['Số mô hình Dân vận khéo|Mô hình Dân vận khéo|Dân vận khéo|Số mô hình Dân vận khéo được công nhận', 'count', 'mô hình', '+', 'flow'],
  ['Số lượt tiếp công dân|Tiếp công dân|Lượt tiếp công dân|Tiếp công dân định kỳ', 'count', 'lượt', '+', 'flow'],
  ['Phổ biến giáo dục pháp luật|Tuyên truyền phổ biến giáo dục pháp luật|Số buổi tuyên truyền pháp luật|Số buổi tuyên truyền|Số lượt người được tuyên truyền', 'count', 'buổi', '+', 'flow'],
  ['Xã phường đạt chuẩn tiếp cận pháp luật|Đạt chuẩn tiếp cận pháp luật|Chuẩn tiếp cận pháp luật', 'boolean', '', '+', 'stock'],
];

/**
 * Poverty and social protection: Nghị định 07/2021/NĐ-CP (chuẩn nghèo đa chiều 2022–2025: hộ nghèo,
 * cận nghèo, thoát nghèo, tái nghèo, phát sinh), Luật BHYT, Luật BHXH and Luật Việc làm (coverage),
 * Pháp lệnh ưu đãi người có công (đền ơn đáp nghĩa).
 */
// prettier-ignore
const POVERTY_AND_WELFARE: DictionaryRow[] = [
  ['Tỷ lệ hộ nghèo|Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều|Tỷ lệ hộ nghèo đa chiều|Tỷ lệ hộ nghèo theo chuẩn mới|Tỷ lệ hộ nghèo cuối năm|Hộ nghèo tỷ lệ', 'rate', '%', '-', 'stock'],
  ['Số hộ nghèo|Hộ nghèo|Tổng số hộ nghèo|Số hộ nghèo cuối năm|Số hộ nghèo theo chuẩn nghèo đa chiều|Số hộ nghèo còn lại|Hộ nghèo còn lại', 'count', 'hộ', '-', 'stock'],
  ['Tỷ lệ hộ cận nghèo|Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều|Tỷ lệ hộ cận nghèo cuối năm', 'rate', '%', '-', 'stock'],
  ['Số hộ cận nghèo|Hộ cận nghèo|Tổng số hộ cận nghèo|Số hộ cận nghèo cuối năm|Hộ cận nghèo còn lại', 'count', 'hộ', '-', 'stock'],
  ['Mức giảm tỷ lệ hộ nghèo|Giảm tỷ lệ hộ nghèo|Tỷ lệ giảm hộ nghèo|Tỷ lệ hộ nghèo giảm|Mức giảm hộ nghèo|Tỷ lệ hộ nghèo giảm bình quân|Giảm tỷ lệ hộ nghèo bình quân', 'rate', '%', '+', 'flow'],
  ['Số hộ nghèo giảm|Giảm số hộ nghèo|Số hộ nghèo giảm được|Giảm hộ nghèo', 'count', 'hộ', '+', 'flow'],
  ['Mức giảm tỷ lệ hộ cận nghèo|Giảm tỷ lệ hộ cận nghèo|Tỷ lệ giảm hộ cận nghèo', 'rate', '%', '+', 'flow'],
  ['Số hộ thoát nghèo|Hộ thoát nghèo|Giảm nghèo|Số hộ thoát nghèo bền vững|Số hộ thoát cận nghèo|Hộ thoát cận nghèo', 'count', 'hộ', '+', 'flow'],
  ['Số hộ tái nghèo|Hộ tái nghèo|Tái nghèo|Tỷ lệ hộ tái nghèo|Số hộ tái cận nghèo', 'count', 'hộ', '-', 'flow'],
  ['Số hộ nghèo phát sinh mới|Hộ nghèo phát sinh|Số hộ nghèo phát sinh|Hộ nghèo phát sinh mới|Phát sinh hộ nghèo', 'count', 'hộ', '-', 'flow'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế|Tỷ lệ bao phủ bảo hiểm y tế|Tỷ lệ dân số tham gia bảo hiểm y tế|Tỷ lệ người tham gia bảo hiểm y tế|Bảo hiểm y tế|Tỷ lệ tham gia bảo hiểm y tế|Tỷ lệ BHYT|Tỷ lệ người dân có thẻ bảo hiểm y tế|Bảo hiểm y tế toàn dân|BHYT|Tham gia BHYT', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ lao động tham gia bảo hiểm xã hội|Bảo hiểm xã hội|Tỷ lệ tham gia bảo hiểm xã hội|Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội|Bảo hiểm xã hội tự nguyện|Số người tham gia bảo hiểm xã hội tự nguyện|Số người tham gia bảo hiểm xã hội|BHXH|Tham gia BHXH', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ lao động tham gia bảo hiểm thất nghiệp|Bảo hiểm thất nghiệp|Tỷ lệ tham gia bảo hiểm thất nghiệp', 'rate', '%', '+', 'stock'],
  ['Nợ đọng bảo hiểm xã hội|Nợ bảo hiểm xã hội|Số tiền nợ bảo hiểm xã hội|Chậm đóng bảo hiểm xã hội', 'amount', 'triệu đồng', '-', 'stock'],
  ['Nhà đại đoàn kết|Xây dựng nhà đại đoàn kết|Nhà tình nghĩa|Nhà tình thương|Xây dựng sửa chữa nhà cho hộ nghèo|Hỗ trợ xây dựng nhà cho hộ nghèo|Xóa nhà tạm nhà dột nát|Nhà tạm nhà dột nát được xóa', 'count', 'nhà', '+', 'flow'],
  ['Số nhà tạm nhà dột nát|Nhà tạm|Nhà dột nát|Số hộ ở nhà tạm', 'count', 'nhà', '-', 'stock'],
  ['Tỷ lệ gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình|Gia đình chính sách có mức sống trung bình trở lên|Tỷ lệ hộ gia đình người có công có mức sống trung bình trở lên', 'rate', '%', '+', 'stock'],
  ['Số đối tượng bảo trợ xã hội được trợ cấp|Chi trả trợ cấp bảo trợ xã hội|Đối tượng bảo trợ xã hội', 'count', 'người', '+', 'stock'],
  ['Số suất quà tặng đối tượng chính sách|Tặng quà gia đình chính sách|Quà tặng hộ nghèo|Số suất quà', 'count', 'suất', '+', 'flow'],
  ['Tỷ lệ người khuyết tật được trợ giúp|Người khuyết tật được trợ giúp|Trợ giúp người khuyết tật', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người cao tuổi được chúc thọ mừng thọ|Chúc thọ mừng thọ người cao tuổi|Người cao tuổi được chăm sóc', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp|Trẻ em có hoàn cảnh đặc biệt được chăm sóc|Trẻ em có hoàn cảnh đặc biệt', 'rate', '%', '+', 'stock'],
  ['Xã phường phù hợp với trẻ em|Phường phù hợp với trẻ em|Xã phù hợp với trẻ em|Đạt tiêu chuẩn phù hợp với trẻ em', 'boolean', '', '+', 'stock'],
];

/**
 * Health and population: the commune list of Quyết định 54/2016/QĐ-TTg (trạm y tế, tiêm chủng, suy
 * dinh dưỡng), Bộ tiêu chí quốc gia về y tế xã (Quyết định 1300/QĐ-BYT 2023), the population
 * programme (Chiến lược Dân số đến 2030: sinh con thứ 3, tăng dân số) and food safety (Luật An toàn
 * thực phẩm 2010: ngộ độc thực phẩm).
 */
// prettier-ignore
const HEALTH: DictionaryRow[] = [
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng|Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng|Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi|Tỷ lệ trẻ em suy dinh dưỡng|Suy dinh dưỡng trẻ em|Tỷ lệ suy dinh dưỡng', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân|Tỷ lệ suy dinh dưỡng thể nhẹ cân|Suy dinh dưỡng thể nhẹ cân|Suy dinh dưỡng cân nặng theo tuổi', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi|Tỷ lệ suy dinh dưỡng thể thấp còi|Suy dinh dưỡng thể thấp còi|Suy dinh dưỡng chiều cao theo tuổi', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ trẻ em thừa cân béo phì|Thừa cân béo phì|Tỷ lệ thừa cân béo phì', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ|Tỷ lệ trẻ em được tiêm chủng đầy đủ|Tiêm chủng mở rộng|Tỷ lệ tiêm chủng đầy đủ|Tỷ lệ tiêm chủng mở rộng|Tỷ lệ trẻ em được tiêm chủng', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần|Tỷ lệ phụ nữ có thai được khám thai|Khám thai định kỳ|Tỷ lệ phụ nữ đẻ được khám thai', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ phụ nữ đẻ được cán bộ y tế đỡ|Tỷ lệ sinh tại cơ sở y tế|Phụ nữ đẻ được nhân viên y tế đỡ', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ sàng lọc trước sinh|Sàng lọc trước sinh|Tỷ lệ sàng lọc sơ sinh|Sàng lọc sơ sinh|Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người cao tuổi được khám sức khỏe định kỳ|Người cao tuổi được khám sức khỏe|Tỷ lệ người cao tuổi được quản lý sức khỏe', 'rate', '%', '+', 'stock'],
  ['Trạm y tế đạt chuẩn quốc gia|Trạm y tế đạt Bộ tiêu chí quốc gia về y tế|Đạt Bộ tiêu chí quốc gia về y tế xã|Đạt tiêu chí quốc gia về y tế|Duy trì Bộ tiêu chí quốc gia về y tế', 'boolean', '', '+', 'stock'],
  ['Số bác sĩ trên một vạn dân|Số bác sĩ/vạn dân|Bác sĩ/vạn dân|Số bác sĩ|Trạm y tế có bác sĩ', 'count', 'bác sĩ', '+', 'stock'],
  ['Số giường bệnh trên một vạn dân|Số giường bệnh/vạn dân|Giường bệnh/vạn dân|Số giường bệnh', 'count', 'giường', '+', 'stock'],
  ['Số lượt khám chữa bệnh|Lượt khám chữa bệnh|Số lượt khám bệnh|Khám chữa bệnh tại trạm y tế', 'count', 'lượt', '+', 'flow'],
  ['Số ca mắc bệnh truyền nhiễm|Ca mắc bệnh truyền nhiễm|Số ca mắc sốt xuất huyết|Sốt xuất huyết|Số ca mắc tay chân miệng|Số ca mắc dịch bệnh|Số ổ dịch', 'count', 'ca', '-', 'flow'],
  ['Số người nhiễm HIV|Người nhiễm HIV|Số ca nhiễm HIV mới|Số người nhiễm HIV mới phát hiện', 'count', 'người', '-', 'flow'],
  ['Số vụ ngộ độc thực phẩm|Ngộ độc thực phẩm|Vụ ngộ độc thực phẩm|Số vụ ngộ độc thực phẩm tập thể|Ngộ độc thực phẩm tập thể|Số vụ ngộ độc thực phẩm đông người|Ngộ độc thực phẩm đông người', 'count', 'vụ', '-', 'flow'],
  ['Số người bị ngộ độc thực phẩm|Số người ngộ độc thực phẩm|Số ca ngộ độc thực phẩm', 'count', 'người', '-', 'flow'],
  ['Tỷ lệ cơ sở thực phẩm đạt điều kiện an toàn thực phẩm|Tỷ lệ cơ sở đủ điều kiện an toàn thực phẩm|Cơ sở đạt chuẩn an toàn thực phẩm|Tỷ lệ cơ sở sản xuất kinh doanh thực phẩm đạt an toàn thực phẩm|Tỷ lệ cơ sở được cấp giấy chứng nhận an toàn thực phẩm', 'rate', '%', '+', 'stock'],
  ['Số cơ sở vi phạm an toàn thực phẩm|Cơ sở vi phạm an toàn thực phẩm|Vi phạm an toàn thực phẩm|Số cơ sở vi phạm vệ sinh an toàn thực phẩm', 'count', 'cơ sở', '-', 'flow'],
  ['Số cơ sở thực phẩm được kiểm tra|Kiểm tra an toàn thực phẩm|Số đoàn kiểm tra an toàn thực phẩm|Số cơ sở được kiểm tra an toàn thực phẩm', 'count', 'cơ sở', '+', 'flow'],
  ['Tỷ lệ dân số được quản lý sức khỏe|Quản lý sức khỏe hộ gia đình|Tỷ lệ người dân được lập hồ sơ quản lý sức khỏe', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người mắc bệnh không lây nhiễm được quản lý|Quản lý bệnh không lây nhiễm|Tỷ lệ người tăng huyết áp được quản lý|Tỷ lệ người đái tháo đường được quản lý', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ trẻ em dưới 2 tuổi được uống vitamin A|Uống vitamin A|Tỷ lệ trẻ em được uống vitamin A', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ mất cân bằng giới tính khi sinh|Mất cân bằng giới tính khi sinh', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ cặp nam nữ được tư vấn khám sức khỏe trước hôn nhân|Khám sức khỏe tiền hôn nhân|Tư vấn khám sức khỏe trước khi kết hôn', 'rate', '%', '+', 'stock'],
  ['Tuổi thọ trung bình|Tuổi thọ bình quân|Tuổi thọ trung bình của người dân', 'count', 'tuổi', '+', 'stock'],
  ['Tỷ lệ tử vong trẻ em dưới 1 tuổi|Tỷ suất tử vong trẻ em dưới 1 tuổi|Tỷ lệ tử vong trẻ em dưới 5 tuổi|Tử vong trẻ em', 'rate', '‰', '-', 'stock'],
  ['Tỷ lệ tử vong mẹ|Số ca tử vong mẹ|Tử vong mẹ', 'rate', '‰', '-', 'stock'],
];

/**
 * Education: Luật Giáo dục 2019 and Thông tư 13/2018, 19/2018 and 22/2024/TT-BGDĐT (trường đạt
 * chuẩn quốc gia, phổ cập giáo dục, xóa mù chữ), as ward reports and the commune list of Quyết định
 * 54/2016/QĐ-TTg (trường, lớp, giáo viên, học sinh) state them.
 */
// prettier-ignore
const EDUCATION: DictionaryRow[] = [
  ['Số trường đạt chuẩn quốc gia|Trường đạt chuẩn quốc gia|Trường học đạt chuẩn quốc gia|Số trường học đạt chuẩn quốc gia|Trường đạt chuẩn|Số trường đạt chuẩn', 'count', 'trường', '+', 'stock'],
  ['Tỷ lệ trường đạt chuẩn quốc gia|Tỷ lệ trường học đạt chuẩn quốc gia|Tỷ lệ trường công lập đạt chuẩn quốc gia|Tỷ lệ trường đạt chuẩn', 'rate', '%', '+', 'stock'],
  ['Số trường học|Số trường mầm non|Số trường tiểu học|Số trường trung học cơ sở|Tổng số trường', 'count', 'trường', '+', 'stock'],
  ['Số lớp học|Số nhóm lớp|Số lớp', 'count', 'lớp', '+', 'stock'],
  ['Số giáo viên|Giáo viên đạt chuẩn|Tỷ lệ giáo viên đạt chuẩn|Tỷ lệ giáo viên đạt chuẩn trở lên|Tỷ lệ giáo viên trên chuẩn', 'count', 'người', '+', 'stock'],
  ['Số học sinh|Tổng số học sinh|Số học sinh các cấp', 'count', 'học sinh', '+', 'stock'],
  ['Tỷ lệ huy động trẻ ra lớp|Huy động trẻ ra lớp|Tỷ lệ trẻ mầm non ra lớp|Tỷ lệ huy động trẻ em mẫu giáo ra lớp|Tỷ lệ trẻ em 5 tuổi ra lớp|Tỷ lệ trẻ 5 tuổi ra lớp|Tỷ lệ huy động trẻ nhà trẻ ra lớp', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ trẻ em đi học đúng độ tuổi|Tỷ lệ đi học đúng tuổi|Tỷ lệ trẻ 6 tuổi vào lớp 1|Tỷ lệ học sinh đi học đúng độ tuổi|Huy động trẻ 6 tuổi vào lớp 1', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh hoàn thành chương trình tiểu học|Tỷ lệ học sinh hoàn thành chương trình lớp học|Học sinh hoàn thành chương trình tiểu học', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh tốt nghiệp trung học cơ sở|Tỷ lệ tốt nghiệp trung học cơ sở|Tỷ lệ học sinh tốt nghiệp THCS|Tốt nghiệp trung học cơ sở|Tỷ lệ học sinh lớp 9 tốt nghiệp', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh vào lớp 10|Tỷ lệ học sinh vào lớp 10 công lập|Tỷ lệ học sinh thi đỗ vào lớp 10|Học sinh đỗ vào lớp 10', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh tốt nghiệp trung học phổ thông|Tỷ lệ tốt nghiệp trung học phổ thông|Tỷ lệ tốt nghiệp THPT', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh khá giỏi|Học sinh khá giỏi|Tỷ lệ học sinh giỏi|Học sinh giỏi|Số học sinh giỏi cấp thành phố|Học sinh giỏi các cấp', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh lên lớp|Học sinh lên lớp|Tỷ lệ học sinh được lên lớp', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ học sinh bỏ học|Học sinh bỏ học|Số học sinh bỏ học|Tỷ lệ bỏ học', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ học sinh lưu ban|Học sinh lưu ban|Tỷ lệ lưu ban', 'rate', '%', '-', 'stock'],
  ['Phổ cập giáo dục trung học cơ sở|Phổ cập giáo dục|Duy trì phổ cập giáo dục|Phổ cập giáo dục tiểu học|Phổ cập giáo dục mầm non cho trẻ 5 tuổi|Đạt chuẩn phổ cập giáo dục|Xóa mù chữ|Đạt chuẩn xóa mù chữ|Phổ cập giáo dục tiểu học mức độ 3', 'boolean', '', '+', 'stock'],
  ['Tỷ lệ trường có bếp ăn bán trú đạt chuẩn|Tỷ lệ học sinh học bán trú|Học sinh bán trú|Tỷ lệ học sinh học 2 buổi/ngày|Học 2 buổi/ngày', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ phòng học kiên cố|Phòng học kiên cố|Kiên cố hóa trường lớp học|Tỷ lệ kiên cố hóa trường lớp', 'rate', '%', '+', 'stock'],
  ['Trung tâm học tập cộng đồng|Xếp loại trung tâm học tập cộng đồng|Trung tâm học tập cộng đồng xếp loại tốt', 'rating', '', '+', 'stock'],
  ['Gia đình học tập|Dòng họ học tập|Cộng đồng học tập|Đơn vị học tập|Số gia đình học tập|Tỷ lệ gia đình học tập', 'count', 'gia đình', '+', 'stock'],
];

/**
 * Culture and society: Nghị định 122/2018/NĐ-CP and 86/2023/NĐ-CP (danh hiệu Gia đình văn hóa, Tổ
 * dân phố/Thôn văn hóa, Phường/Xã tiêu biểu), phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 * Quyết định 1210/QĐ-TTg 2016 (văn minh đô thị), and the sports and information headings of ward
 * reports.
 */
// prettier-ignore
const CULTURE: DictionaryRow[] = [
  ['Tỷ lệ hộ gia đình văn hóa|Tỷ lệ gia đình văn hóa|Gia đình văn hóa|Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa|Tỷ lệ gia đình đạt danh hiệu văn hóa|Tỷ lệ hộ đạt gia đình văn hóa|Hộ gia đình văn hóa|Tỷ lệ hộ gia đình được công nhận gia đình văn hóa|Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa', 'rate', '%', '+', 'stock'],
  ['Số tổ dân phố văn hóa|Tổ dân phố văn hóa|Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa|Số tổ dân phố đạt danh hiệu Tổ dân phố văn hóa|Số tổ dân phố đạt danh hiệu văn hóa|Tổ dân phố đạt danh hiệu văn hóa|Tổ dân phố đạt chuẩn văn hóa|Số tổ dân phố đạt chuẩn văn hóa|Tổ dân phố đạt chuẩn|Số tổ dân phố đạt chuẩn', 'count', 'tổ dân phố', '+', 'stock'],
  ['Tỷ lệ tổ dân phố văn hóa|Tỷ lệ tổ dân phố đạt danh hiệu văn hóa|Tỷ lệ tổ dân phố đạt danh hiệu Tổ dân phố văn hóa|Tỷ lệ tổ dân phố đạt chuẩn văn hóa|Tỷ lệ khu dân cư văn hóa|Tỷ lệ khu dân cư đạt danh hiệu văn hóa', 'rate', '%', '+', 'stock'],
  ['Số thôn làng văn hóa|Thôn văn hóa|Làng văn hóa|Số thôn đạt danh hiệu văn hóa|Thôn làng văn hóa|Số khu dân cư văn hóa|Khu dân cư văn hóa|Số khu phố văn hóa|Khu phố văn hóa', 'count', 'thôn', '+', 'stock'],
  ['Tỷ lệ thôn làng văn hóa|Tỷ lệ thôn văn hóa|Tỷ lệ thôn đạt danh hiệu văn hóa|Tỷ lệ làng văn hóa|Tỷ lệ khu phố văn hóa', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ cơ quan đơn vị đạt chuẩn văn hóa|Cơ quan đạt chuẩn văn hóa|Cơ quan đơn vị đạt chuẩn văn hóa|Số cơ quan đơn vị đạt chuẩn văn hóa|Cơ quan đơn vị doanh nghiệp đạt chuẩn văn hóa|Tỷ lệ cơ quan đạt chuẩn văn hóa', 'rate', '%', '+', 'stock'],
  ['Phường đạt chuẩn văn minh đô thị|Đạt chuẩn văn minh đô thị|Phường văn minh đô thị|Phường đạt chuẩn đô thị văn minh|Xã văn hóa nông thôn mới|Phường đạt danh hiệu văn minh đô thị', 'boolean', '', '+', 'stock'],
  ['Tổ dân phố văn hóa tiêu biểu|Số tổ dân phố văn hóa tiêu biểu|Gia đình văn hóa tiêu biểu|Thôn văn hóa tiêu biểu|Gia đình văn hóa tiêu biểu 3 năm liên tục', 'count', 'tổ dân phố', '+', 'stock'],
  ['Tỷ lệ hộ dân thực hiện nếp sống văn minh trong việc cưới việc tang|Việc cưới việc tang văn minh|Thực hiện nếp sống văn minh trong việc cưới việc tang|Tỷ lệ đám cưới thực hiện nếp sống văn minh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người dân tập thể dục thể thao thường xuyên|Tỷ lệ người tập luyện thể dục thể thao thường xuyên|Người tập thể dục thể thao thường xuyên|Tỷ lệ dân số tập luyện thể dục thể thao thường xuyên', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ gia đình thể thao|Gia đình thể thao|Số gia đình thể thao|Tỷ lệ hộ gia đình thể thao', 'rate', '%', '+', 'stock'],
  ['Số câu lạc bộ văn hóa thể thao|Câu lạc bộ văn hóa văn nghệ|Câu lạc bộ thể dục thể thao|Số câu lạc bộ', 'count', 'câu lạc bộ', '+', 'stock'],
  ['Số nhà văn hóa tổ dân phố|Nhà văn hóa tổ dân phố|Nhà văn hóa thôn|Tỷ lệ tổ dân phố có nhà văn hóa|Tỷ lệ thôn có nhà văn hóa|Nhà sinh hoạt cộng đồng', 'count', 'nhà', '+', 'stock'],
  ['Số di tích được xếp hạng|Di tích được xếp hạng|Di tích lịch sử văn hóa|Tu bổ di tích|Số di tích được tu bổ tôn tạo', 'count', 'di tích', '+', 'stock'],
  ['Số cơ sở kinh doanh dịch vụ văn hóa vi phạm|Vi phạm trong hoạt động kinh doanh dịch vụ văn hóa|Vi phạm quảng cáo rao vặt|Quảng cáo rao vặt sai quy định', 'count', 'cơ sở', '-', 'flow'],
  ['Tỷ lệ hộ có kết nối internet|Tỷ lệ hộ gia đình có internet|Hộ gia đình có kết nối internet cáp quang|Tỷ lệ hộ gia đình có đường truyền internet cáp quang', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người dân có điện thoại thông minh|Tỷ lệ người trưởng thành có điện thoại thông minh|Người dân sử dụng điện thoại thông minh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ người dân có tài khoản thanh toán|Tỷ lệ người trưởng thành có tài khoản ngân hàng|Thanh toán không dùng tiền mặt|Tỷ lệ thanh toán không dùng tiền mặt', 'rate', '%', '+', 'stock'],
  ['Số tin bài tuyên truyền|Tin bài trên cổng thông tin điện tử|Số tin bài|Số buổi phát thanh|Thời lượng phát thanh', 'count', 'tin bài', '+', 'flow'],
];

/**
 * Environment and infrastructure: the commune list of Quyết định 54/2016/QĐ-TTg (nước sạch, nhà tiêu,
 * điện), Luật Bảo vệ môi trường 2020 (rác thải, chất thải rắn, phân loại tại nguồn), Bộ tiêu chí nông
 * thôn mới (Quyết định 318/QĐ-TTg 2022: môi trường, cây xanh).
 */
// prettier-ignore
const ENVIRONMENT: DictionaryRow[] = [
  ['Tỷ lệ rác thải chưa được thu gom|Rác thải chưa được thu gom|Tỷ lệ rác thải sinh hoạt chưa được thu gom|Tỷ lệ chất thải rắn chưa được thu gom|Lượng rác thải chưa được thu gom|Rác thải tồn đọng|Điểm tập kết rác tự phát|Điểm rác tồn đọng|Số điểm rác tồn đọng', 'rate', '%', '-', 'stock'],
  ['Tỷ lệ rác thải được thu gom|Tỷ lệ thu gom rác thải|Tỷ lệ rác thải sinh hoạt được thu gom|Tỷ lệ chất thải rắn sinh hoạt được thu gom|Thu gom rác thải|Tỷ lệ thu gom rác thải sinh hoạt|Tỷ lệ thu gom chất thải rắn|Thu gom rác thải sinh hoạt|Tỷ lệ rác thải được thu gom xử lý', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ chất thải rắn sinh hoạt được xử lý|Tỷ lệ rác thải được xử lý|Tỷ lệ chất thải rắn được xử lý đạt tiêu chuẩn|Xử lý rác thải|Tỷ lệ xử lý rác thải', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hộ phân loại rác tại nguồn|Phân loại rác tại nguồn|Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn|Phân loại chất thải rắn tại nguồn|Tỷ lệ hộ thực hiện phân loại rác|Phân loại rác', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ chất thải y tế được xử lý|Chất thải y tế được thu gom xử lý|Tỷ lệ chất thải nguy hại được xử lý', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hộ sử dụng nước sạch|Tỷ lệ hộ dân sử dụng nước sạch|Tỷ lệ dân số sử dụng nước sạch|Tỷ lệ hộ dùng nước sạch|Tỷ lệ hộ sử dụng nước hợp vệ sinh|Tỷ lệ dân số sử dụng nước hợp vệ sinh|Tỷ lệ hộ được sử dụng nước sạch|Nước sạch|Tỷ lệ người dân sử dụng nước sạch', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hộ có nhà tiêu hợp vệ sinh|Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh|Nhà tiêu hợp vệ sinh|Tỷ lệ hộ có nhà vệ sinh hợp vệ sinh|Tỷ lệ hộ có nhà tắm nhà tiêu bể chứa nước sinh hoạt hợp vệ sinh', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hộ sử dụng điện|Tỷ lệ hộ dùng điện|Tỷ lệ hộ sử dụng điện an toàn|Tỷ lệ hộ được sử dụng điện thường xuyên an toàn', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ tuyến đường được chiếu sáng|Chiếu sáng đô thị|Chiếu sáng ngõ xóm|Tỷ lệ ngõ ngách được chiếu sáng|Đường được chiếu sáng', 'rate', '%', '+', 'stock'],
  ['Diện tích cây xanh|Diện tích cây xanh bình quân đầu người|Diện tích cây xanh công cộng|Diện tích đất cây xanh', 'count', 'm²', '+', 'stock'],
  ['Số vụ vi phạm môi trường|Vi phạm môi trường|Vi phạm pháp luật về môi trường|Số vụ vi phạm về bảo vệ môi trường|Vi phạm về vệ sinh môi trường|Số cơ sở gây ô nhiễm môi trường', 'count', 'vụ', '-', 'flow'],
  ['Số điểm ô nhiễm môi trường|Điểm ô nhiễm môi trường|Ô nhiễm môi trường|Điểm nóng ô nhiễm môi trường|Số điểm đen về môi trường|Điểm đen về rác thải', 'count', 'điểm', '-', 'stock'],
  ['Tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn môi trường|Cơ sở đạt tiêu chuẩn về môi trường|Tỷ lệ cơ sở đảm bảo quy định về môi trường|Tỷ lệ cơ sở sản xuất kinh doanh đảm bảo môi trường', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ nước thải được xử lý|Nước thải được xử lý|Tỷ lệ nước thải sinh hoạt được xử lý|Xử lý nước thải', 'rate', '%', '+', 'stock'],
  ['Số buổi tổng vệ sinh môi trường|Tổng vệ sinh môi trường|Ra quân vệ sinh môi trường|Ngày Chủ nhật xanh|Số buổi ra quân vệ sinh', 'count', 'buổi', '+', 'flow'],
  ['Tỷ lệ tuyến đường ngõ xóm được bê tông hóa|Bê tông hóa ngõ xóm|Tỷ lệ đường ngõ xóm được cứng hóa|Cứng hóa ngõ xóm', 'rate', '%', '+', 'stock'],
  ['Số tuyến đường được cải tạo|Cải tạo chỉnh trang đô thị|Chỉnh trang đô thị|Số tuyến ngõ được cải tạo|Cải tạo hè phố', 'count', 'tuyến', '+', 'flow'],
  ['Tỷ lệ hộ nuôi gia súc có chuồng trại hợp vệ sinh|Chuồng trại chăn nuôi hợp vệ sinh|Chăn nuôi đảm bảo vệ sinh môi trường', 'rate', '%', '+', 'stock'],
  ['Tỷ lệ hộ sử dụng hình thức hỏa táng|Hỏa táng|Tỷ lệ hỏa táng|Tỷ lệ mai táng hỏa táng', 'rate', '%', '+', 'stock'],
];

/** Every row of the dictionary, by family. */
export const DICTIONARY_FAMILIES: Readonly<Record<string, readonly DictionaryRow[]>> = {
  'đất đai và dân số': LAND_AND_POPULATION,
  'kinh tế': ECONOMY,
  'ngân sách': BUDGET,
  'an ninh trật tự': SECURITY,
  'quân sự': MILITARY,
  'xây dựng Đảng và chính quyền': PARTY,
  'giảm nghèo và an sinh': POVERTY_AND_WELFARE,
  'y tế và dân số': HEALTH,
  'giáo dục': EDUCATION,
  'văn hóa xã hội': CULTURE,
  'môi trường': ENVIRONMENT,
};
