/// The two real reports of `Samples/seeds`, shown on the template's example sheets.
///
/// A copy, because the command must not depend on the folder it runs in; `TemplateTests`
/// checks that it is byte for byte the files in `Samples/seeds` (remake this file with
/// `scripts/embed-seeds.py` when they change). Each text lacks the file's final line break.
enum TemplateExamples {
    /// File name and JSON text of each seed, in file-name order.
    static let seeds: [(name: String, json: String)] = [
        ("thcs-ky-phuong.json", #"""
[
  {
    "school": {
      "id": "thcs-ky-phuong",
      "name": "Trường THCS Kỳ Phương",
      "level": "THCS",
      "ward": "Phường Kỳ Phương",
      "district": "Thị xã Kỳ Anh",
      "province": "Hà Tĩnh"
    },
    "period": "2021",
    "students": {
      "schoolYear": "2020-2021",
      "enrolled": 698,
      "conduct": {
        "scheme": "conduct-2011",
        "counts": { "tot": 661, "kha": 33, "trung-binh": 3, "yeu": 1 },
        "reportedPercent": { "tot": 94.7, "kha": 4.73, "trung-binh": 0.43, "yeu": 0.14 }
      },
      "academic": {
        "scheme": "academic-2011",
        "counts": { "gioi": 76, "kha": 386, "trung-binh": 229, "yeu": 6, "kem": 1 },
        "reportedPercent": { "gioi": 10.89, "kha": 55.3, "trung-binh": 32.81, "yeu": 0.86, "kem": 0.14 }
      },
      "promotion": { "percent": 99.86 },
      "graduation": { "percent": 97.8 },
      "admission": { "percent": 86.4 }
    },
    "party": {
      "members": 28,
      "probationary": 0,
      "classification": { "excellent": 6, "good": 21, "completed": 1, "failed": 0 },
      "reportedPercent": { "excellent": 21, "good": 75, "completed": 4 }
    }
  },
  {
    "school": {
      "id": "thcs-ky-phuong",
      "name": "Trường THCS Kỳ Phương",
      "level": "THCS",
      "ward": "Phường Kỳ Phương",
      "district": "Thị xã Kỳ Anh",
      "province": "Hà Tĩnh"
    },
    "period": "2022",
    "targets": [
      { "name": "Kết nạp đảng viên mới", "unit": "quần chúng", "min": 2 },
      { "name": "Quần chúng học lớp cảm tình Đảng", "unit": "quần chúng", "min": 2, "max": 4 },
      { "name": "Sinh hoạt chi bộ đảm bảo đúng quy định" },
      { "name": "Chi bộ hoàn thành xuất sắc nhiệm vụ" },
      { "name": "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "unit": "%", "min": 100, "metric": "party.goodOrBetter" },
      { "name": "Đảng viên hoàn thành xuất sắc nhiệm vụ", "unit": "đ/c", "min": 6, "metric": "party.excellent" },
      { "name": "Sinh hoạt chi bộ điểm", "unit": "cuộc", "min": 1 },
      { "name": "Sinh hoạt chuyên đề", "unit": "lần", "min": 2 },
      { "name": "Trường: Tập thể lao động tiên tiến xuất sắc cấp tỉnh" },
      { "name": "Công đoàn: Vững mạnh xuất sắc cấp thị" },
      { "name": "Liên đội tiên tiến cấp thị" },
      { "name": "Bằng khen của UBND tỉnh", "unit": "đ/c", "min": 1 },
      { "name": "Chiến sĩ thi đua cấp cơ sở", "unit": "đ/c", "min": 5, "max": 6 },
      { "name": "Giấy khen của UBND thị xã", "unit": "đ/c", "min": 1, "max": 2 },
      { "name": "Lao động tiên tiến", "unit": "%", "min": 93, "max": 97 },
      { "name": "Sáng kiến kinh nghiệm dự thi cấp thị", "unit": "SKKN", "min": 12, "max": 14 },
      { "name": "Sáng kiến kinh nghiệm được công nhận cấp thị", "unit": "SKKN", "min": 10, "max": 12 },
      { "name": "Học sinh giỏi tỉnh", "unit": "giải", "min": 4, "max": 6 },
      { "name": "Học sinh giỏi văn hoá cấp thị và các cuộc thi khác", "unit": "giải", "min": 25, "max": 30 },
      { "name": "Học sinh giỏi thể thao", "unit": "giải", "min": 35 },
      { "name": "Xếp hạng thể thao toàn đoàn", "max": 2, "better": "lower" },
      { "name": "Học sinh xếp loại tiên tiến, học sinh giỏi", "unit": "%", "min": 45 },
      { "name": "Tốt nghiệp THCS", "unit": "%", "min": 96, "max": 98, "metric": "graduation" },
      { "name": "Thứ hạng thi tuyển sinh THPT trong thị xã", "max": 4, "better": "lower" },
      { "name": "Sản phẩm dự thi khoa học kỹ thuật cấp thị", "unit": "sản phẩm", "min": 2 },
      { "name": "Sản phẩm dự thi khoa học kỹ thuật cấp tỉnh", "unit": "sản phẩm", "min": 1 },
      { "name": "Tiêu chí đô thị văn minh liên quan đến nhà trường", "unit": "%", "min": 100 }
    ]
  }
]
"""#),
        ("thcs-phong-hai.json", #"""
[
  {
    "school": {
      "id": "thcs-phong-hai",
      "name": "Trường THCS Phong Hải",
      "level": "THCS",
      "ward": "Xã Phong Hải"
    },
    "period": "2024",
    "party": {
      "members": 9,
      "probationary": 0,
      "women": 5,
      "classification": { "excellent": 2, "good": 7, "completed": 0, "failed": 0 },
      "cellRating": "Đề nghị công nhận trong sạch vững mạnh"
    }
  },
  {
    "school": {
      "id": "thcs-phong-hai",
      "name": "Trường THCS Phong Hải",
      "level": "THCS",
      "ward": "Xã Phong Hải"
    },
    "period": "2025",
    "targets": [
      { "name": "Công đoàn vững mạnh" },
      { "name": "Chi đoàn vững mạnh" },
      { "name": "Liên đội mạnh cấp tỉnh" },
      { "name": "Cơ quan đạt chuẩn văn hóa" },
      { "name": "Giữ vững danh hiệu tập thể lao động tiên tiến" },
      { "name": "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "unit": "%", "min": 100, "metric": "party.goodOrBetter" },
      { "name": "Đảng viên hoàn thành xuất sắc nhiệm vụ", "unit": "đ/c", "min": 2, "metric": "party.excellent" },
      { "name": "Chi bộ đạt trong sạch vững mạnh" }
    ]
  }
]
"""#),
    ]
}
