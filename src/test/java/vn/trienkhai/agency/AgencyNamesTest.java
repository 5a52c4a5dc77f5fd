package vn.trienkhai.agency;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import static vn.trienkhai.agency.AgencyType.ARMED_FORCES;
import static vn.trienkhai.agency.AgencyType.CENTRE;
import static vn.trienkhai.agency.AgencyType.DEPARTMENT;
import static vn.trienkhai.agency.AgencyType.FATHERLAND_FRONT;
import static vn.trienkhai.agency.AgencyType.MASS_ORGANISATION;
import static vn.trienkhai.agency.AgencyType.MINISTRY;
import static vn.trienkhai.agency.AgencyType.OFFICE;
import static vn.trienkhai.agency.AgencyType.OTHER;
import static vn.trienkhai.agency.AgencyType.PARTY_BOARD;
import static vn.trienkhai.agency.AgencyType.PARTY_COMMITTEE;
import static vn.trienkhai.agency.AgencyType.PARTY_STANDING_BOARD;
import static vn.trienkhai.agency.AgencyType.PEOPLES_COMMITTEE;
import static vn.trienkhai.agency.AgencyType.PEOPLES_COUNCIL;
import static vn.trienkhai.agency.AgencyType.PRESS;
import static vn.trienkhai.agency.AgencyType.RESEARCH_INSTITUTE;
import static vn.trienkhai.agency.AgencyType.SCHOOL;

class AgencyNamesTest {

	private static String nfd(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFD);
	}

	static Stream<Arguments> sameAgency() {
		return Stream.of(
				// abbreviations of the administrative bodies
				arguments("UBND tỉnh Bình Thuận", "Ủy ban nhân dân tỉnh Bình Thuận"),
				arguments("UBND tỉnh Bình Thuận", "UỶ BAN NHÂN DÂN TỈNH BÌNH THUẬN"),
				arguments("UB nhân dân huyện", "Uỷ ban nhân dân huyện"),
				arguments("Thường trực HĐND huyện", "Thường trực Hội đồng nhân dân huyện"),
				arguments("Thường trực HDND huyện", "Thường trực Hội đồng nhân dân huyện"),
				arguments("Ủy ban MTTQ Việt Nam tỉnh", "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh"),
				arguments("Ủy ban MTTQ VN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
				arguments("UBMTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
				arguments("Ủy ban MTTQ và các tổ chức CT-XH huyện",
						"Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện"),
				// departments
				arguments("Sở KH&CN", "Sở Khoa học và Công nghệ"),
				arguments("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
				arguments("Sở Khoa học & Công nghệ", "Sở Khoa học và Công nghệ"),
				arguments("Sở KHCN", "Sở KH & CN"),
				arguments("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
				arguments("Sở TNMT", "Sở TN&MT"),
				arguments("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
				arguments("Sở NNPTNT", "Sở Nông nghiệp và PTNT"),
				arguments("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
				arguments("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
				arguments("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
				arguments("Sở LĐTBXH", "Sở Lao động, Thương binh và Xã hội"),
				arguments("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
				arguments("Phòng GDĐT", "Phòng Giáo dục và Đào tạo"),
				arguments("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
				arguments("Sở VHTTDL", "Sở Văn hoá, Thể thao và Du lịch"),
				arguments("Sở TT&TT", "Sở Thông tin và Truyền thông"),
				arguments("Sở GTVT", "Sở Giao thông vận tải"),
				arguments("Ban Quản lý các KCN", "Ban quản lí các khu công nghiệp"),
				arguments("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
				// party and mass organisations
				arguments("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ"),
				arguments("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương"),
				arguments("Ban Tuyên giáo TƯ", "Ban Tuyên giáo Trung ương"),
				arguments("BAN TUYÊN GIÁO T.Ư", "Ban Tuyên giáo Trung ương"),
				arguments("Tỉnh đoàn - Đoàn TNCS HCM tỉnh", "Tỉnh đoàn Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
				arguments("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
				arguments("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
				// punctuation, dashes, spacing, Unicode forms, tone placement
				arguments("Đài Phát thanh - Truyền hình", "Đài Phát thanh – Truyền hình"),
				arguments("Đài Phát thanh—Truyền hình", "Đài PT-TH"),
				arguments("Sở  Y   tế ", " Sở Y tế"),
				arguments("Sở\u00A0Y tế.", "Sở Y tế"),
				arguments(nfd("Ủy ban nhân dân xã Nhữ Khê"), "Ủy ban nhân dân xã Nhữ Khê"),
				arguments("Uỷ ban nhân dân phường Hoà Thuận", "Ủy ban nhân dân phường Hòa Thuận"),
				arguments("Trạm Thuỷ lợi", "Trạm Thủy lợi"),
				arguments("Trung tâm Kiểm soát bệnh tật Khánh Hoà", "Trung tâm Kiểm soát bệnh tật Khánh Hòa"),
				arguments("Trung tâm Chăm sóc sức khoẻ sinh sản", "Trung tâm Chăm sóc sức khỏe sinh sản"),
				arguments("Phòng Văn hoá - Thông tin", "Phòng Văn hóa và Thông tin"),
				// tone mark written after the whole syllable in decomposed text (old keyboards)
				arguments("Ho" + "a\u0300", "Hòa"),
				arguments("Thu" + "y\u0309", "Thủy"),
				// the dot below and the circumflex in either order
				arguments("Nghe\u0323\u0302 An", "Nghệ An"),
				arguments("Nghe\u0302\u0323 An", "Nghệ An"),
				// i/y after a consonant
				arguments("Trường Cao đẳng Kỹ thuật", "Trường Cao đẳng Kĩ thuật"),
				// invisible characters from PDF and Word extraction
				arguments("Sở Khoa học và Côn\u00ADg nghệ\u200B", "Sở Khoa học và Công nghệ"),
				arguments("\uFEFFSở Y tế", "Sở Y tế"),
				// "và" does not count
				arguments("Sở Khoa học Công nghệ", "Sở Khoa học và Công nghệ"),
				arguments("Sở Nông nghiệp - Phát triển nông thôn", "Sở NN&PTNT"),
				// legacy fonts type Đ as the Icelandic eth
				arguments("\u00D0ài Truyền thanh huyện", "Đài Truyền thanh huyện"));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" = \"{1}\"")
	@MethodSource
	void sameAgency(String a, String b) {
		assertThat(AgencyNames.matchKey(a)).isNotEmpty().isEqualTo(AgencyNames.matchKey(b));
		assertThat(AgencyNames.sameAgency(a, b)).isTrue();
	}

	static Stream<Arguments> differentAgencies() {
		return Stream.of(
				arguments("Sở Y tế", "Sở Tài chính"),
				arguments("Sở Công Thương", "Sở Khoa học và Công nghệ"),
				arguments("Bộ Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
				arguments("Phường Hòa Thuận", "Phường Hóa Thuận"),
				arguments("Hòa", "Hóa"),
				arguments("Hoà", "Hoá"),
				arguments("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện"),
				arguments("Ủy ban nhân dân xã", "Hội đồng nhân dân xã"),
				arguments("Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban nhân dân tỉnh"),
				arguments("Sở Tư pháp", "Sở Trung ương pháp"),
				arguments("Văn phòng Tỉnh ủy", "Văn phòng UBND tỉnh"),
				arguments("Báo Bình Thuận", "Bảo Bình Thuận"),
				arguments("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
				arguments("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn"),
				arguments("Trường THPT số 1", "Trường THPT số 2"),
				arguments("Trường Tiểu học Sơn", "Trường Tiểu học Sở"),
				arguments("Xã Nhu Khê", "Xã Nhữ Khê"),
				arguments("Sở Văn hóa", "Sở Văn hoa"),
				arguments("Phòng Kinh tế", "Phòng Kinh tế - Hạ tầng"));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" ≠ \"{1}\"")
	@MethodSource
	void differentAgencies(String a, String b) {
		assertThat(AgencyNames.matchKey(a)).isNotEqualTo(AgencyNames.matchKey(b));
		assertThat(AgencyNames.sameAgency(a, b)).isFalse();
	}

	@Test
	void keyKeepsLetterDiacriticsAndWritesTheToneAsADigit() {
		assertThat(AgencyNames.matchKey("Ủy ban nhân dân tỉnh Bình Thuận"))
			.isEqualTo("uy3 ban nhân dân tinh3 binh2 thuân5");
		assertThat(AgencyNames.matchKey("Sở KH&CN")).isEqualTo("sơ3 khoa hoc5 công nghê5");
		assertThat(AgencyNames.matchKey("Xã Nhữ Khê")).isEqualTo("xa4 như4 khê");
		assertThat(AgencyNames.syllable("hòa")).isEqualTo("hoa2");
		assertThat(AgencyNames.syllable("hoà")).isEqualTo("hoa2");
		assertThat(AgencyNames.syllable("hóa")).isEqualTo("hoa1");
		assertThat(AgencyNames.syllable("đường")).isEqualTo("đương2");
		assertThat(AgencyNames.syllable("ăn")).isEqualTo("ăn");
	}

	@Test
	void aNameWithoutLettersHasAnEmptyKeyAndMatchesNothing() {
		assertThat(AgencyNames.matchKey(null)).isEmpty();
		assertThat(AgencyNames.matchKey("  - – . ")).isEmpty();
		assertThat(AgencyNames.sameAgency("", " ")).isFalse();
	}

	@Test
	void theWordTuIsNotTrungUong() {
		assertThat(AgencyNames.matchKey("SỞ TƯ PHÁP")).isEqualTo(AgencyNames.matchKey("Sở Tư pháp"))
			.isEqualTo("sơ3 tư phap1");
		assertThat(AgencyNames.matchKey("Bộ Tư lệnh Quân khu 7")).startsWith("bô5 tư lênh5");
	}

	static Stream<Arguments> classify() {
		return Stream.of(
				// from samples/plans: binh-thuan-province-plan-64-CTr-TU
				arguments("Sở Khoa học và Công nghệ", DEPARTMENT),
				arguments("Sở Nông nghiệp và Phát triển nông thôn", DEPARTMENT),
				arguments("Sở Công thương", DEPARTMENT),
				arguments("Sở Kế hoạch và Đầu tư", DEPARTMENT),
				arguments("Sở Y tế", DEPARTMENT),
				arguments("Sở Tài nguyên và Môi trường", DEPARTMENT),
				arguments("Sở Thông tin và Truyền thông", DEPARTMENT),
				arguments("Báo", PRESS),
				arguments("Đài Phát thanh – Truyền hình", PRESS),
				arguments("Sở Tài chính", DEPARTMENT),
				arguments("Sở Nội vụ", DEPARTMENT),
				arguments("Các trường cao đẳng, đại học trên địa bàn tỉnh", SCHOOL),
				arguments("Ủy ban nhân dân các huyện, thành phố", PEOPLES_COMMITTEE),
				arguments("Các sở, ban, ngành; cơ quan, đơn vị có liên quan", DEPARTMENT),
				arguments("Trung tâm Thông tin và Ứng dụng tiến bộ KHCN", CENTRE),
				arguments("UỶ BAN NHÂN DÂN TỈNH BÌNH THUẬN", PEOPLES_COMMITTEE),
				// district-party-plan-114-KH-TU
				arguments("Ban Tuyên giáo Huyện ủy", PARTY_BOARD),
				arguments("UBND huyện", PEOPLES_COMMITTEE),
				arguments("Các chi, đảng bộ trực thuộc Huyện ủy", PARTY_COMMITTEE),
				arguments("Ủy ban mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp", FATHERLAND_FRONT),
				arguments("Thường trực HĐND huyện", PEOPLES_COUNCIL),
				arguments("Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", FATHERLAND_FRONT),
				arguments("Ban Thường vụ Huyện ủy", PARTY_STANDING_BOARD),
				arguments("Thường trực Huyện ủy", PARTY_STANDING_BOARD),
				arguments("Văn phòng Huyện ủy", PARTY_BOARD),
				arguments("Thường trực Tỉnh ủy", PARTY_STANDING_BOARD),
				arguments("Ban Tuyên giáo Tỉnh ủy", PARTY_BOARD),
				// nhu-khe-commune-plan-38-CTr-TU
				arguments("Các cấp ủy đảng, chính quyền, Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội xã",
						PARTY_COMMITTEE),
				arguments("Hội đồng nhân dân xã", PEOPLES_COUNCIL),
				arguments("Ủy ban nhân dân xã", PEOPLES_COMMITTEE),
				arguments("Ủy ban Mặt trận tổ quốc Việt Nam xã, các tổ chức chính trị - xã", FATHERLAND_FRONT),
				arguments("Ban Xây dựng Đảng", PARTY_BOARD),
				arguments("Văn phòng Đảng ủy", PARTY_BOARD),
				arguments("Thường trực Đảng ủy", PARTY_STANDING_BOARD),
				arguments("Ban Thường vụ Đảng ủy xã", PARTY_STANDING_BOARD),
				arguments("Ủy ban MTTQ và các Tổ chức CT-XH xã", FATHERLAND_FRONT),
				arguments("Các cơ quan tham mưu giúp việc Đảng ủy", PARTY_BOARD),
				// party
				arguments("Tỉnh ủy Bình Thuận", PARTY_COMMITTEE),
				arguments("Thành ủy Phan Thiết", PARTY_COMMITTEE),
				arguments("Đảng ủy xã Nhữ Khê", PARTY_COMMITTEE),
				arguments("Đảng ủy Công an tỉnh", PARTY_COMMITTEE),
				arguments("Ban Dân vận Tỉnh ủy", PARTY_BOARD),
				arguments("Ban Tổ chức Huyện ủy", PARTY_BOARD),
				arguments("Ban Nội chính Tỉnh ủy", PARTY_BOARD),
				arguments("Ủy ban Kiểm tra Tỉnh ủy", PARTY_BOARD),
				arguments("Ủy ban Kiểm tra Đảng ủy xã", PARTY_BOARD),
				arguments("Ban Kinh tế Tỉnh ủy", PARTY_BOARD),
				arguments("BTV Tỉnh ủy", PARTY_STANDING_BOARD),
				// elected bodies and government
				arguments("HĐND tỉnh", PEOPLES_COUNCIL),
				arguments("Ban Kinh tế - Ngân sách HĐND tỉnh", PEOPLES_COUNCIL),
				arguments("Uỷ ban nhân dân tỉnh", PEOPLES_COMMITTEE),
				arguments("Thường trực UBND huyện", PEOPLES_COMMITTEE),
				arguments("Ủy ban MTTQ Việt Nam tỉnh", FATHERLAND_FRONT),
				arguments("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", FATHERLAND_FRONT),
				arguments("Văn phòng UBND tỉnh", OFFICE),
				arguments("Văn phòng HĐND tỉnh", OFFICE),
				arguments("Văn phòng Đoàn ĐBQH và HĐND tỉnh", OFFICE),
				// mass organisations
				arguments("Hội Nông dân tỉnh", MASS_ORGANISATION),
				arguments("Tỉnh đoàn", MASS_ORGANISATION),
				arguments("Đoàn TNCS Hồ Chí Minh tỉnh", MASS_ORGANISATION),
				arguments("Hội LHPN tỉnh", MASS_ORGANISATION),
				arguments("Hội Liên hiệp Phụ nữ huyện", MASS_ORGANISATION),
				arguments("Liên đoàn Lao động tỉnh", MASS_ORGANISATION),
				arguments("Hội Cựu chiến binh tỉnh", MASS_ORGANISATION),
				arguments("Các tổ chức chính trị - xã hội", MASS_ORGANISATION),
				// state bodies
				arguments("Bộ Khoa học và Công nghệ", MINISTRY),
				arguments("Bộ Nông nghiệp và Môi trường", MINISTRY),
				arguments("Sở KH&CN", DEPARTMENT),
				arguments("Sở NN&MT", DEPARTMENT),
				arguments("Ban Quản lý các khu công nghiệp tỉnh", DEPARTMENT),
				arguments("Ban Dân tộc tỉnh", DEPARTMENT),
				arguments("Phòng Kinh tế", OFFICE),
				arguments("Phòng Văn hóa - Xã hội", OFFICE),
				arguments("Phòng Nông nghiệp và Phát triển nông thôn huyện", OFFICE),
				arguments("Trung tâm Dịch vụ nông nghiệp", CENTRE),
				arguments("Viện Công nghệ sinh học", RESEARCH_INSTITUTE),
				arguments("Trường Đại học Phan Thiết", SCHOOL),
				arguments("Học viện Nông nghiệp Việt Nam", SCHOOL),
				arguments("Trường Chính trị tỉnh", SCHOOL),
				arguments("Báo Bình Thuận", PRESS),
				arguments("Đài Phát thanh và Truyền hình tỉnh", PRESS),
				arguments("Đài PT-TH tỉnh", PRESS),
				arguments("Đài Truyền thanh huyện", PRESS),
				arguments("Công an tỉnh", ARMED_FORCES),
				arguments("Bộ Chỉ huy Quân sự tỉnh", ARMED_FORCES),
				arguments("Ban Chỉ huy quân sự huyện", ARMED_FORCES),
				arguments("Ban CHQS xã", ARMED_FORCES),
				arguments("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ARMED_FORCES),
				// nothing fits
				arguments("Bảo hiểm xã hội tỉnh", OTHER),
				arguments("Hội đồng Khoa học và Công nghệ tỉnh", OTHER),
				arguments("Kho bạc Nhà nước tỉnh", OTHER),
				arguments("Bệnh viện Đa khoa tỉnh", OTHER),
				arguments("Đài Khí tượng Thủy văn tỉnh", OTHER),
				arguments("", OTHER));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@MethodSource
	void classify(String name, AgencyType expected) {
		assertThat(AgencyNames.classify(name)).isEqualTo(expected);
	}

	@Test
	void enumOrderIsTheCatalogueSortOrder() {
		AgencyType[] types = AgencyType.values();
		for (int i = 1; i < types.length; i++) {
			assertThat(types[i].sortOrder()).isGreaterThan(types[i - 1].sortOrder());
		}
	}

}
