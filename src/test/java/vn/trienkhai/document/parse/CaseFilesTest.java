package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole documents of other shapes than the samples, and the same documents as PDFs and old editors leave them. */
class CaseFilesTest {

	@Test
	void aPdfExtractWithHardWrapsAndBrokenNumbers() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/pdf-wrapped-province-plan-215-KH-UBND.txt"));
		assertThat(draft.document().issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
		assertThat(draft.document().issuedOn()).isEqualTo(LocalDate.of(2023, 12, 20));
		assertThat(draft.document().title()).startsWith("Thực hiện Nghị quyết số 189/NQ-CP").endsWith("công nghệ sinh học");
		assertThat(draft.references()).extracting(PlanDraft.Reference::number)
			.containsExactly("189/NQ-CP", "36-NQ/TW", "64-CTr/TU");
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name)
			.containsExactly("Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế", "Sở Tài chính",
					"Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Ủy ban nhân dân các huyện, thị xã, thành phố");
		assertThat(draft.targets()).extracting(t -> t.value().intValue()).containsExactly(10, 15, 2500);
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date).containsExactly("2024-06-30", "--11-15");
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void aCommunePartyDraftInMarkdown() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/tan-phu-commune-party-plan-draft.md"));
		assertThat(draft.document().issuer()).isEqualTo("Ban Thường vụ Đảng ủy xã Tân Phú");
		assertThat(draft.document().number()).isNull();
		assertThat(draft.document().issuedOn()).isNull();
		assertThat(draft.document().place()).isEqualTo("Tân Phú");
		assertThat(draft.targets()).extracting(t -> t.value().intValue(), PlanDraft.Target::year)
			.containsExactly(tuple(3, 2030), tuple(70, 2030), tuple(100, 2030));
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name)
			.containsExactly("Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã",
					"Văn phòng Đảng ủy", "Phòng Kinh tế xã", "Hội Nông dân xã");
		assertThat(draft.reporting().focalAgency()).isEqualTo("Văn phòng Đảng ủy");
	}

	@Test
	void aProvincialPartyProgrammeSignedByTheStandingBoard() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/quang-nam-party-programme-45-CTr-TU.txt"));
		assertThat(draft.document().kind()).isEqualTo(PlanDraft.Kind.CHUONG_TRINH);
		assertThat(draft.document().issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Quảng Nam");
		assertThat(draft.document().place()).isEqualTo("Tam Kỳ");
		assertThat(draft.targets()).extracting(PlanDraft.Target::year, t -> t.value().intValue())
			.containsExactly(tuple(2030, 5), tuple(2030, 10), tuple(2030, 70), tuple(2045, 8));
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name)
			.containsExactly("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Ban cán sự đảng UBND tỉnh",
					"Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy, các ban đảng Tỉnh ủy", "Văn phòng Tỉnh ủy");
		assertThat(draft.reporting().reviews()).extracting(PlanDraft.Review::afterYears)
			.containsExactly(List.of(5), List.of(10));
	}

	@Test
	void aCommunePlanWhoseTasksPartAssignsTheBodies() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/hoa-phong-commune-plan-112-KH-UBND.txt"));
		assertThat(draft.document().issuer()).isEqualTo("Ủy ban nhân dân xã Hòa Phong");
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name)
			.containsExactly("Phòng Kinh tế", "Trung tâm Dịch vụ nông nghiệp thành phố", "Phòng Văn hóa - Xã hội",
					"Trạm Y tế xã", "Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể", "Các thôn");
		assertThat(draft.targets()).extracting(PlanDraft.Target::year, t -> t.value().intValue())
			.containsExactly(tuple(2030, 100), tuple(2030, 2));
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date).containsExactly("--12-05");
	}

	@Test
	void aCommunePartyPlanWithDecimalNumberingAndDashItems() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/yen-son-commune-party-plan-07-KH-DU.txt"));
		assertThat(draft.document().number()).isEqualTo("07-KH/ĐU");
		assertThat(draft.document().issuer()).isEqualTo("Ban Chấp hành Đảng bộ xã Yên Sơn");
		assertThat(draft.targets()).extracting(PlanDraft.Target::year, t -> t.value().intValue(),
				PlanDraft.Target::comparator)
			.containsExactly(tuple(2030, 2, ">="), tuple(2030, 50, ">"));
		assertThat(draft.agencies()).extracting(PlanDraft.AgencyMention::name)
			.containsExactly("Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các chi bộ", "Văn phòng Đảng ủy");
		assertThat(draft.reporting().duties()).extracting(PlanDraft.ReportingDuty::frequency)
			.containsExactly(List.of("semiannual", "annual"));
	}

	/** NFD, CRLF, BOM and old tone placement change nothing that is read. */
	@ParameterizedTest
	@ValueSource(strings = { "cases/an-khe-town-plan-88-KH-UBND.txt", "cases/gia-lai-decision-1234-QD-UBND.txt",
			"cases/pdf-wrapped-province-plan-215-KH-UBND.txt", "cases/tan-phu-commune-party-plan-draft.md",
			"cases/quang-nam-party-programme-45-CTr-TU.txt", "cases/yen-son-commune-party-plan-07-KH-DU.txt",
			"samples/binh-thuan-province-plan-64-CTr-TU.txt", "samples/district-party-plan-114-KH-TU.txt",
			"samples/nhu-khe-commune-plan-38-CTr-TU.txt", "unseen/lam-dong-province-plan-156-KH-UBND.txt",
			"unseen/ninh-hoa-town-decision-2150-QD-UBND.txt", "unseen/tan-lap-commune-plan-2025-KH-UBND.txt",
			"unseen/duc-hoa-district-plan-pdf-112-KH-UBND.txt", "unseen/quang-ngai-action-programme-78-CTr-UBND.md",
			"unseen/lien-chieu-ward-party-plan-31-KH-DU.txt", "unseen/gia-lai-official-letter-3318-UBND-KGVX.txt" })
	void mangledInputGivesTheSameDraft(String file) {
		String clean = TestTexts.read(file);
		PlanDraft expected = PlanParser.parse(clean);
		PlanDraft actual = PlanParser.parse(TestTexts.mangle(clean));
		assertThat(actual.document()).isEqualTo(expected.document());
		assertThat(actual.references()).extracting(PlanDraft.Reference::number)
			.isEqualTo(expected.references().stream().map(PlanDraft.Reference::number).toList());
		assertThat(actual.agencies()).extracting(PlanDraft.AgencyMention::name)
			.isEqualTo(expected.agencies().stream().map(PlanDraft.AgencyMention::name).toList());
		assertThat(actual.targets()).extracting(PlanDraft.Target::value)
			.isEqualTo(expected.targets().stream().map(PlanDraft.Target::value).toList());
		assertThat(actual.deadlines()).extracting(PlanDraft.Deadline::date)
			.isEqualTo(expected.deadlines().stream().map(PlanDraft.Deadline::date).toList());
		assertThat(actual.text()).isEqualTo(expected.text());
	}

	/** Spans point into the normalised text: each quote is the text of its span, marks aside. */
	@ParameterizedTest
	@ValueSource(strings = { "cases/an-khe-town-plan-88-KH-UBND.txt", "samples/nhu-khe-commune-plan-38-CTr-TU.txt",
			"samples/district-party-plan-114-KH-TU.txt" })
	void quotesAreTheTextOfTheirSpans(String file) {
		PlanDraft draft = PlanParser.parse(TestTexts.read(file));
		for (PlanDraft.Target t : draft.targets()) {
			assertThat(VnText.collapse(VnText.mask(draft.text().substring(t.span().start(), t.span().end()))))
				.isEqualTo(t.quote());
		}
		for (PlanDraft.Deadline d : draft.deadlines()) {
			assertThat(VnText.collapse(VnText.mask(draft.text().substring(d.span().start(), d.span().end()))))
				.isEqualTo(d.quote());
		}
		for (PlanDraft.Reference r : draft.references()) {
			assertThat(ReferenceFinder.clean(draft.text().substring(r.span().start(), r.span().end())))
				.isEqualTo(r.number());
		}
	}

}
