/// Vietnamese names for synthetic data: provinces as they are since July 2025, place names for
/// districts, wards and communes, and the people and places schools are named after.
enum PlaceNames {
    static let provinces = [
        "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ", "Lai Châu", "Điện Biên", "Sơn La",
        "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
        "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ]

    static let places = [
        "Kỳ Phương", "Kỳ Anh", "Cẩm Bình", "Cẩm Xuyên", "Thạch Linh", "Thạch Hà", "Hương Sơn", "Đức Thọ", "Nghi Xuân",
        "Can Lộc", "Hồng Lĩnh", "Vũ Quang", "Lộc Hà", "Hương Khê", "Phong Hải", "Quảng Yên", "Đông Triều", "Yên Hưng",
        "Hoàng Mai", "Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Đô Lương", "Thanh Chương", "Nam Đàn", "Hưng Nguyên",
        "Nghĩa Đàn", "Quế Phong", "Tân Kỳ", "Anh Sơn", "Bình Minh", "Hòa Bình", "Tân Phú", "Phú Lộc", "Phước Long",
        "Long Điền", "Đất Đỏ", "Xuân Lộc", "Trảng Bom", "Bến Cát", "Dĩ An", "Thuận An", "Tân Uyên", "Mỹ Hào", "Kim Động",
        "Ân Thi", "Tiên Lữ", "Văn Lâm", "Yên Mỹ", "Lục Ngạn", "Sơn Động", "Lạng Giang", "Việt Yên", "Hiệp Hòa", "Gia Bình",
        "Thuận Thành", "Quế Võ", "Tiên Du", "Từ Sơn", "Ea Kar", "Krông Pắc", "Buôn Hồ", "Cư M'gar", "Đắk Mil", "Chư Sê",
        "Ia Grai", "Mang Yang", "Sa Pa", "Bát Xát", "Mường Khương", "Bảo Thắng", "Văn Bàn", "Mộc Châu", "Mai Sơn", "Thuận Châu",
        "Điện Bàn", "Duy Xuyên", "Hội An", "Núi Thành", "Tam Kỳ", "Sơn Tịnh", "Bình Sơn", "Tư Nghĩa", "Đức Phổ", "Ninh Hòa",
        "Cam Ranh", "Diên Khánh", "Vạn Ninh", "Bảo Lộc", "Di Linh", "Đức Trọng", "Cái Nước", "Năm Căn", "Thới Bình",
        "Châu Đốc", "Tịnh Biên", "Tri Tôn", "Chợ Mới", "Lai Vung", "Cao Lãnh", "Hồng Ngự", "Trà Ôn", "Vũng Liêm", "Mang Thít",
    ]

    static let namesakes = [
        "Lê Lợi", "Nguyễn Du", "Trần Phú", "Lý Tự Trọng", "Phan Đình Phùng", "Hà Huy Tập", "Nguyễn Trãi", "Quang Trung",
        "Chu Văn An", "Lê Quý Đôn", "Võ Thị Sáu", "Kim Đồng", "Nguyễn Văn Trỗi", "Trần Hưng Đạo", "Lê Văn Thiêm",
        "Nguyễn Thị Minh Khai", "Phan Bội Châu", "Huỳnh Thúc Kháng", "Lê Hồng Phong", "Nguyễn Huệ", "Hai Bà Trưng",
        "Bà Triệu", "Ngô Quyền", "Lý Thường Kiệt", "Tô Hiến Thành", "Đinh Tiên Hoàng", "Trần Quốc Toản", "Mạc Đĩnh Chi",
        "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Nguyễn Khuyến", "Xuân Diệu", "Hoàng Hoa Thám", "Võ Nguyên Giáp",
    ]
}
