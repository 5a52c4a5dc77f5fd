package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trienkhai.document.parse.TestTexts.withImplementation;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgencyExtractorTest {

	private static List<String> names(PlanDraft draft) {
		return draft.agencies().stream().map(PlanDraft.AgencyMention::name).toList();
	}

	@Test
	void anItemLineIsItsBody() {
		PlanDraft draft = withImplementation("1. Sở Khoa học và Công nghệ", "- Là cơ quan đầu mối theo dõi.",
				"- Chủ trì, phối hợp với các sở, ngành liên quan.", "2. Sở Kế hoạch và Đầu tư",
				"Phối hợp với các cơ quan, đơn vị có liên quan.");
		assertThat(names(draft)).containsExactly("Sở Khoa học và Công nghệ", "Sở Kế hoạch và Đầu tư");
	}

	@Test
	void theSubjectEndsAtTheFirstPredicateOrAColon() {
		PlanDraft draft = withImplementation("1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp tổ chức quán triệt.",
				"2. UBND huyện rà soát các văn bản.", "3. Thường trực HĐND huyện tổ chức giám sát.",
				"4. Ban Xây dựng Đảng chủ trì, định hướng.", "5. Ủy ban nhân dân xã xây dựng kế hoạch.",
				"6. Sở Tài chính: bố trí kinh phí.", "7. Giao Công an tỉnh chủ trì bảo đảm an ninh.");
		assertThat(names(draft)).containsExactly("Ban Tuyên giáo Huyện ủy", "UBND huyện", "Thường trực HĐND huyện",
				"Ban Xây dựng Đảng", "Ủy ban nhân dân xã", "Sở Tài chính", "Công an tỉnh");
	}

	@Test
	void theNounToChucIsNotTheVerb() {
		PlanDraft draft = withImplementation(
				"1. Ủy ban mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tổ chức nghiên cứu, học tập.");
		assertThat(names(draft)).containsExactly("Ủy ban mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp");
		assertThat(draft.agencies().get(0).collective()).isTrue();
	}

	@Test
	void severalBodiesInOneItemAreSplit() {
		PlanDraft draft = withImplementation("1. Sở Thông tin và Truyền thông, Báo, Đài Phát thanh – Truyền hình",
				"Tuyên truyền.", "2. Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thông tin và Thể thao: tuyên truyền.",
				"3. Đề nghị Hội Nông dân và Hội Liên hiệp Phụ nữ tỉnh vận động hội viên.");
		assertThat(names(draft)).containsExactly("Sở Thông tin và Truyền thông", "Báo", "Đài Phát thanh – Truyền hình",
				"Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao", "Hội Nông dân",
				"Hội Liên hiệp Phụ nữ tỉnh");
	}

	@Test
	void aSharedHeadIsDistributed() {
		PlanDraft draft = withImplementation("1. Các Sở: Y tế, Tài chính, Kế hoạch và Đầu tư phối hợp thực hiện.",
				"2. Các sở: Văn hóa, Thể thao và Du lịch, Nội vụ tham mưu.",
				"3. Các trường Đại học, Cao đẳng trên địa bàn đào tạo nhân lực.");
		assertThat(names(draft)).containsExactly("Sở Y tế", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
				"Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Các trường Đại học, Cao đẳng trên địa bàn");
	}

	@Test
	void definiteGroupsAreKeptWholeAndFlagged() {
		PlanDraft draft = withImplementation("1. Ủy ban nhân dân các xã, phường", "Xây dựng kế hoạch.",
				"2. Các trường cao đẳng, đại học trên địa bàn tỉnh", "Nghiên cứu.",
				"3. Các cấp ủy đảng, chính quyền, Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội xã tổ chức quán triệt.",
				"4. Các chi, đảng bộ trực thuộc Huyện ủy; Hội đồng nhân dân huyện tăng cường giám sát.");
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name, PlanDraft.AgencyMention::collective)
			.containsExactly(tuple("Ủy ban nhân dân các xã, phường", true),
					tuple("Các trường cao đẳng, đại học trên địa bàn tỉnh", true),
					tuple("Các cấp ủy đảng, chính quyền, Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội xã",
							true),
					tuple("Các chi, đảng bộ trực thuộc Huyện ủy", true), tuple("Hội đồng nhân dân huyện", false));
	}

	@Test
	void catchAllsAreLeftOut() {
		PlanDraft draft = withImplementation("1. Các sở, ban, ngành; cơ quan, đơn vị có liên quan",
				"Căn cứ chức năng, nhiệm vụ thực hiện.", "2. Các cơ quan, đơn vị có liên quan chủ động thực hiện.",
				"3. Sở Y tế, các cơ quan liên quan thực hiện.");
		assertThat(names(draft)).containsExactly("Sở Y tế");
	}

	@Test
	void oneNamedCoordinatingBodyCountsButNotAGroup() {
		PlanDraft draft = withImplementation(
				"1. UBND huyện chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy, các cơ quan liên quan theo dõi, đôn đốc.",
				"2. Sở Y tế chủ trì, phối hợp với các tổ chức chính trị - xã hội tuyên truyền.");
		assertThat(names(draft)).containsExactly("UBND huyện", "Ban Tuyên giáo Huyện ủy", "Sở Y tế");
	}

	@Test
	void aDecisionsArticlesNameBodiesThroughTheirHeads() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/gia-lai-decision-1234-QD-UBND.txt"));
		assertThat(names(draft)).containsExactly("Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Sở Tài chính",
				"Sở Kế hoạch và Đầu tư", "UBND các huyện, thị xã, thành phố", "Sở Công Thương",
				"Sở Tài nguyên và Môi trường", "Trường Cao đẳng Gia Lai");
	}

	@Test
	void responsibilitiesNestedUnderSubItems() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/chu-se-district-plan-45-KH-UBND.txt"));
		assertThat(names(draft)).containsExactly("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Tài chính - Kế hoạch",
				"Trung tâm Dịch vụ nông nghiệp huyện", "UBND các xã, thị trấn", "Ủy ban MTTQ Việt Nam huyện",
				"Hội Nông dân huyện");
	}

	@Test
	void anAppositionAfterADashIsNotPartOfTheName() {
		PlanDraft draft = withImplementation("1. Sở Khoa học và Công nghệ - cơ quan thường trực của Kế hoạch",
				"Theo dõi, đôn đốc.", "2. Các doanh nghiệp, hợp tác xã trên địa bàn chủ động đầu tư.",
				"3. Các tổ chức chính trị - xã hội tuyên truyền.");
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name, PlanDraft.AgencyMention::collective)
			.containsExactly(tuple("Sở Khoa học và Công nghệ", false),
					tuple("Các doanh nghiệp, hợp tác xã trên địa bàn", true),
					tuple("Các tổ chức chính trị - xã hội", true));
	}

	@Test
	void theImplementationPartOnlyWhenThereIsOne() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Thử", "", "I. NHIỆM VỤ", "1. Sở Y tế tuyên truyền.",
				"II. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí.");
		assertThat(names(draft)).containsExactly("Sở Tài chính");
	}

	@Test
	void withoutAnImplementationPartTheTasksPartSaysWhoDoesWhat() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Thử", "", "I. NHIỆM VỤ", "1. Sở Y tế tuyên truyền.");
		assertThat(names(draft)).containsExactly("Sở Y tế");
		assertThat(draft.warnings()).extracting(PlanDraft.Warning::code).contains("IMPLEMENTATION_FROM_TASKS");
		PlanDraft none = TestTexts.parse("KẾ HOẠCH", "Thử", "", "I. MỤC ĐÍCH", "Sở Y tế tuyên truyền.");
		assertThat(none.agencies()).isEmpty();
		assertThat(none.warnings()).extracting(PlanDraft.Warning::code).contains("NO_IMPLEMENTATION_PART");
	}

	@Test
	void wordsThatStartLikeABodyButAreNot() {
		PlanDraft draft = withImplementation("1. Báo cáo kết quả về Sở Y tế.", "2. Ban hành quy chế phối hợp.",
				"3. Hội nghị sơ kết được tổ chức hằng năm.", "4. Phòng, chống dịch bệnh.", "5. Trường hợp cần thiết, báo cáo.");
		assertThat(draft.agencies()).isEmpty();
	}

	@Test
	void theKeyMatchesSpellingsOfOneBody() {
		assertThat(OrgNames.key("UBND huyện")).isEqualTo(OrgNames.key("Ủy ban nhân dân huyện"));
		assertThat(OrgNames.key("Sở KH&CN")).isEqualTo(OrgNames.key("Sở Khoa học và Công nghệ"));
		assertThat(OrgNames.key("Đài Phát thanh – Truyền hình")).isEqualTo(OrgNames.key("Đài Phát thanh - Truyền hình"));
	}


	@Test
	void aJointOfficeIsOneBody() {
		PlanDraft draft = withImplementation("1. Văn phòng HĐND và UBND huyện tham mưu tổng hợp.",
				"2. Văn phòng Đoàn ĐBQH và HĐND tỉnh theo dõi.", "3. Phòng Y tế và UBND các xã kiểm tra.");
		assertThat(names(draft)).containsExactly("Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
				"Phòng Y tế", "UBND các xã");
	}

	@Test
	void aGenericPluralBeforeAColonIsDistributed() {
		PlanDraft draft = withImplementation("1. Các sở, ban, ngành: Công Thương, Giáo dục và Đào tạo, Nội vụ",
				"Xây dựng kế hoạch thực hiện.", "2. Trưởng các phòng: Kinh tế, Tài chính - Kế hoạch chịu trách nhiệm thi hành.");
		assertThat(names(draft)).containsExactly("Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Phòng Kinh tế",
				"Phòng Tài chính - Kế hoạch");
	}

	@Test
	void aNameWithACommaInsideIsNotSplit() {
		PlanDraft draft = withImplementation(
				"1. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thanh huyện tuyên truyền.",
				"2. Báo và Phát thanh, Truyền hình tỉnh đưa tin.", "3. Sở Y tế, Tài chính bố trí kinh phí.");
		assertThat(names(draft)).containsExactly("Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện",
				"Báo và Phát thanh, Truyền hình tỉnh", "Sở Y tế", "Sở Tài chính");
	}

	@Test
	void aClauseAfterASemicolonMayNameAnotherBody() {
		PlanDraft draft = withImplementation(
				"1. Sở Tài chính thẩm định, bố trí kinh phí; Kho bạc Nhà nước khu vực XV kiểm soát chi theo quy định.",
				"2. Phòng Nông nghiệp chủ trì, phối hợp với Trạm Khuyến nông, Ban Quản lý các cụm công nghiệp xây dựng mô hình.");
		assertThat(names(draft)).containsExactly("Sở Tài chính", "Kho bạc Nhà nước khu vực XV", "Phòng Nông nghiệp",
				"Trạm Khuyến nông", "Ban Quản lý các cụm công nghiệp");
	}

	@Test
	void aBodyWithAndWithoutItsOwnLevelIsOne() {
		PlanDraft draft = withImplementation("1. Phòng Kinh tế thị xã là cơ quan thường trực.", "2. Phòng Kinh tế tổng hợp báo cáo.",
				"3. Ủy ban nhân dân tổng hợp.", "4. Ủy ban nhân dân xã chỉ đạo.");
		assertThat(names(draft)).containsExactly("Phòng Kinh tế", "Ủy ban nhân dân xã");
	}


	@Test
	void aLetterAssignsInItsNumberedPoints() {
		PlanDraft draft = TestTexts.parse("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số: 12/UBND-KGVX", "V/v triển khai công nghệ sinh học",
				"Gia Lai, ngày 06 tháng 11 năm 2025", "", "Kính gửi: Các sở, ban, ngành tỉnh.", "",
				"Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:", "1. Giao Sở Khoa học và Công nghệ:",
				"a) Chủ trì rà soát các kế hoạch.", "2. Sở Y tế, Sở Công Thương báo cáo kết quả thực hiện.",
				"Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.");
		assertThat(names(draft)).containsExactly("Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Công Thương");
	}

	@Test
	void whoAsksIsNotWhoDoes() {
		PlanDraft draft = withImplementation("1. Sở Khoa học và Công nghệ đề nghị UBND các huyện xây dựng kế hoạch.",
				"2. Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện.");
		assertThat(names(draft)).containsExactly("UBND các huyện");
	}

}
